using System.Net;
using System.Text.Json;
using CallTracker.Store.Schema;
using CallTracker.Tests.Pbx.Hosting;
using CallTracker.Tests.Pbx.Web;
using CallTracker.Tests.Store.Repositories;
using static CallTracker.Tests.Store.Repositories.ReportSeed;

namespace CallTracker.Tests.Pbx.Reports;

/// <summary>The real service over a seeded store: reports as JSON and CSV, the call log, the chart, the call card.</summary>
[CancelAfter(30_000)]
public sealed class ReportsApiTests
{
    private const string Week = "from=2025-03-03&to=2025-03-09";
    private TrackingHost host;
    private ReportSeed seed;

    [SetUp]
    public async Task SetUp()
    {
        // The seeded calls are from 2025: the retention pass at start-up must not purge their events under the test.
        var keepEverything = ServiceFolder.AppSettings("http://127.0.0.1:9/", retention: """{ "CallEventDays": 0, "TrackingDays": 0 }""");
        host = await TrackingHost.StartAsync(CancellationToken.None, appSettings: keepEverything);
        seed = new ReportSeed(host.Service<SqliteConnectionFactory>());
    }

    [TearDown]
    public async Task TearDown() => await host.DisposeAsync();

    [Test]
    public async Task The_report_by_source_answers_json_lines_per_source(CancellationToken cancellationToken)
    {
        await seed.CallAsync(cancellationToken, source: "google", talkSeconds: 90);
        await seed.CallAsync(cancellationToken, source: "google", status: "Missed");

        var body = await GetJsonAsync($"/api/reports/calls?by=source&{Week}", cancellationToken);

        var google = body.GetProperty("rows")[0];
        Assert.That(google.GetProperty("key").GetString(), Is.EqualTo("google"));
        Assert.That((google.GetProperty("calls").GetInt64(), google.GetProperty("target").GetInt64()), Is.EqualTo((2L, 1L)));
        Assert.That(google.GetProperty("statuses").GetProperty("Missed").GetInt64(), Is.EqualTo(1));
    }

    [Test]
    public async Task The_csv_export_neutralises_a_campaign_name_that_is_a_formula(CancellationToken cancellationToken)
    {
        await seed.CallAsync(cancellationToken, source: "google", campaign: "=HYPERLINK(\"http://evil\",\"x\")");

        using var response = await host.AdminHttp.GetAsync(new Uri($"/api/reports/calls.csv?by=campaign&{Week}", UriKind.Relative), cancellationToken);
        var csv = await response.Content.ReadAsStringAsync(cancellationToken);

        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/csv"));
        Assert.That(csv, Does.Contain("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",1,"));
    }

    [Test]
    public async Task The_missed_call_drill_down_applies_the_query_filters(CancellationToken cancellationToken)
    {
        await seed.CallAsync(cancellationToken, status: "Missed", offHours: true);
        var kept = await seed.CallAsync(cancellationToken, status: "Missed", waitSeconds: 30);

        var body = await GetJsonAsync($"/api/reports/missed?{Week}&excludeOffHours=true&minWait=5", cancellationToken);

        Assert.That(body.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("remaining").GetInt64()), Is.EqualTo(new[] { 2L, 1L, 1L }));
        Assert.That(body.GetProperty("calls")[0].GetProperty("id").GetString(), Is.EqualTo(kept));
    }

    [Test]
    public async Task The_chart_counts_calls_per_day_per_source(CancellationToken cancellationToken)
    {
        await seed.CallAsync(cancellationToken, at: Monday.AddHours(10), source: "google");
        await seed.CallAsync(cancellationToken, at: Monday.AddDays(2).AddHours(10), source: "google");
        await seed.CallAsync(cancellationToken, at: Monday.AddDays(2).AddHours(11), source: "yandex");

        var body = await GetJsonAsync($"/api/reports/daily-by-source?{Week}", cancellationToken);

        var google = body.GetProperty("series")[0];
        Assert.That(body.GetProperty("days").GetArrayLength(), Is.EqualTo(7));
        Assert.That(google.GetProperty("source").GetString(), Is.EqualTo("google"));
        Assert.That(google.GetProperty("calls").EnumerateArray().Select(c => c.GetInt64()), Is.EqualTo(new long[] { 1, 0, 1, 0, 0, 0, 0 }));
    }

    [Test]
    public async Task The_call_card_carries_the_calls_types_tags_and_events(CancellationToken cancellationToken)
    {
        var id = await seed.CallAsync(cancellationToken, source: "google", talkSeconds: 90, rang: "PJSIP/101", tags: [("Sale", 1500)]);

        var card = await GetJsonAsync($"/api/calls/{id}/card", cancellationToken);

        Assert.That(card.GetProperty("types").GetProperty("uniqueTarget").GetBoolean(), Is.True);
        Assert.That(card.GetProperty("tags")[0].GetProperty("value").GetInt64(), Is.EqualTo(1500));
        Assert.That(card.GetProperty("events")[0].GetProperty("kind").GetString(), Is.EqualTo("ManagerRinging"));
        Assert.That(card.GetProperty("attribution").GetProperty("source").GetString(), Is.EqualTo("google"));
    }

    [Test]
    public async Task A_bad_parameter_answers_400_naming_it(CancellationToken cancellationToken)
    {
        using var response = await host.AdminHttp.GetAsync(new Uri("/api/reports/calls?by=colour", UriKind.Relative), cancellationToken);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(cancellationToken), Does.Contain("by 'colour' is not a report"));
    }

    [Test]
    public async Task Recomputing_call_types_answers_how_many_calls_were_classified(CancellationToken cancellationToken)
    {
        await seed.CallAsync(cancellationToken, talkSeconds: 90);

        using var response = await host.AdminHttp.PostAsync(new Uri("/api/call-types/recompute", UriKind.Relative), null, cancellationToken);
        var body = await TrackingHost.JsonAsync(response, cancellationToken);

        Assert.That(body.GetProperty("classified").GetInt32(), Is.EqualTo(1));
    }

    private async Task<JsonElement> GetJsonAsync(string path, CancellationToken cancellationToken)
    {
        using var response = await host.AdminHttp.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync(cancellationToken));
        return await TrackingHost.JsonAsync(response, cancellationToken);
    }
}
