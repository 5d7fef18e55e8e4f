using CallTracker.Store.Schema;
using CallTracker.Tests.Fixtures;
using CallTracker.Tests.Pbx.Hosting;
using CallTracker.Tests.Pbx.Web.Admin;
using CallTracker.Tests.Store.Repositories;
using static CallTracker.Tests.Store.Repositories.ReportSeed;

namespace CallTracker.Tests.Pbx.Web;

/// <summary>The web page in headless Chromium against the real service: sign-in, call log filters, the call card, reports and chart, missed calls.</summary>
[CancelAfter(90_000)]
public sealed class AdminPageTests
{
    [Test]
    public async Task A_signed_in_marketer_filters_the_log_opens_a_call_card_and_reads_reports(CancellationToken cancellationToken)
    {
        // The seeded calls are from 2025: the retention pass at start-up must not purge their events under the test.
        await using var host = await TrackingHost.StartAsync(cancellationToken, appSettings: ServiceFolder.AppSettings("http://127.0.0.1:9/", retention: """{ "CallEventDays": 0, "TrackingDays": 0 }"""));
        var seed = new ReportSeed(host.Service<SqliteConnectionFactory>());
        await seed.CallAsync(cancellationToken, source: "google", campaign: "spring", caller: "79161112233", talkSeconds: 90, answeredBy: "PJSIP/101", tags: [("Sale", 1500)]);
        await seed.CallAsync(cancellationToken, source: "google", caller: "79164445566", status: "Missed", waitSeconds: 30);
        await seed.CallAsync(cancellationToken, source: "<img src=x onerror=alert(1)>", caller: "79167778899", status: "Missed", offHours: true);
        await using var browser = await HeadlessChromium.StartAsync(cancellationToken);

        await browser.NavigateAsync(host.Http.BaseAddress!, cancellationToken);
        await browser.WaitForAsync("location.pathname === '/signin'", "a visitor who is not signed in lands on the sign-in page", cancellationToken);
        await browser.EvaluateAsync($"document.querySelector('input[name=password]').value = '{AdminCredentials.Password}'; document.querySelector('form').submit()", cancellationToken);
        await browser.WaitForAsync("location.pathname === '/' && document.body.dataset.loaded === 'calls'", "the call log loads after sign-in", cancellationToken);

        await ChangeAsync(browser, "document.getElementById('from').value = '2025-03-03'; document.getElementById('to').value = '2025-03-09'", "to", cancellationToken);
        var allRows = await RowCountAsync(browser, "calls", cancellationToken);
        await ChangeAsync(browser, "document.getElementById('filter-status').value = 'Missed'", "filter-status", cancellationToken);
        var missedRows = await RowCountAsync(browser, "calls", cancellationToken);
        await ChangeAsync(browser, "document.getElementById('filter-source').value = 'google'", "filter-source", cancellationToken);
        var missedGoogleRows = await RowCountAsync(browser, "calls", cancellationToken);
        await ChangeAsync(browser, "document.getElementById('filter-status').value = ''", "filter-status", cancellationToken);

        await browser.EvaluateAsync("document.querySelector('#calls tr.call[data-id=\"call-0001\"]').click()", cancellationToken);
        await browser.WaitForAsync("!document.getElementById('card').hidden && document.getElementById('card-facts')", "the call card opens", cancellationToken);
        var facts = (await browser.EvaluateAsync("document.getElementById('card-facts').textContent", cancellationToken)).GetString();
        var tags = (await browser.EvaluateAsync("document.getElementById('card-tags').textContent", cancellationToken)).GetString();
        var cardTypes = (await browser.EvaluateAsync("document.getElementById('card-body').textContent", cancellationToken)).GetString();

        await browser.EvaluateAsync("document.body.dataset.loaded = ''; document.querySelector('nav button[data-tab=reports]').click()", cancellationToken);
        await browser.WaitForAsync("document.body.dataset.loaded === 'reports'", "the reports load", cancellationToken);
        var firstReportLine = (await browser.EvaluateAsync("document.querySelector('#report tbody tr').textContent", cancellationToken)).GetString();
        var bars = (await browser.EvaluateAsync("document.querySelectorAll('#chart rect.bar').length", cancellationToken)).GetInt32();
        var injected = (await browser.EvaluateAsync("document.querySelectorAll('img').length", cancellationToken)).GetInt32();

        await browser.EvaluateAsync("document.body.dataset.loaded = ''; document.querySelector('nav button[data-tab=missed]').click()", cancellationToken);
        await browser.WaitForAsync("document.body.dataset.loaded === 'missed'", "the missed calls load", cancellationToken);
        await ChangeAsync(browser, "document.getElementById('missed-offhours').checked = true", "missed-offhours", cancellationToken);
        var steps = (await browser.EvaluateAsync("document.getElementById('missed-steps').textContent", cancellationToken)).GetString();

        Assert.Multiple(() =>
        {
            Assert.That((allRows, missedRows, missedGoogleRows), Is.EqualTo((3, 2, 1)));
            Assert.That(facts, Does.Contain("79161112233").And.Contain("google").And.Contain("spring").And.Contain("PJSIP/101"));
            Assert.That(tags, Does.Contain("Sale: 1500"));
            Assert.That(cardTypes, Does.Contain("unique-target"));
            Assert.That(firstReportLine, Does.StartWith("google2"));
            Assert.That(bars, Is.EqualTo(2), "one bar per source on the day it called");
            Assert.That(injected, Is.Zero, "a source name full of markup is shown as text");
            Assert.That(steps, Does.Contain("2all missed").And.Contain("1exclude off-hours"));
        });
    }

    /// <summary>Sets a filter as a user would and waits until the page has reloaded its table.</summary>
    private static async Task ChangeAsync(HeadlessChromium browser, string set, string inputId, CancellationToken cancellationToken)
    {
        await browser.EvaluateAsync($"document.body.dataset.loaded = ''; {set}; document.getElementById('{inputId}').dispatchEvent(new Event('change'))", cancellationToken);
        await browser.WaitForAsync("document.body.dataset.loaded !== ''", $"the page reloads after {inputId} changes", cancellationToken);
    }

    private static async Task<int> RowCountAsync(HeadlessChromium browser, string table, CancellationToken cancellationToken) =>
        (await browser.EvaluateAsync($"document.querySelectorAll('#{table} tbody tr.call').length", cancellationToken)).GetInt32();
}
