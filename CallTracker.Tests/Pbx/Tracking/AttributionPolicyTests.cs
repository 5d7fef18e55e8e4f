using CallTracker.Pbx.Tracking;
using CallTracker.Store.Rows;

namespace CallTracker.Tests.Pbx.Tracking;

public sealed class AttributionPolicyTests
{
    private static readonly DateTimeOffset Arrived = new(2025, 3, 4, 10, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan ActiveWindow = TimeSpan.FromSeconds(90);
    private static readonly NumberRole PoolRole = new(NumberRoleKind.Pool, "shop", "paid");

    [Test]
    public void A_static_number_gives_its_source()
    {
        var role = new NumberRole(NumberRoleKind.Static, Static: new StaticNumberOptions { Number = "74950000002", Source = "Billboard", Channel = "outdoor" });

        var result = Decide(role, []);

        Assert.That((result.Reason, result.Source, result.Channel, result.SessionId), Is.EqualTo(("Static", "Billboard", "outdoor", (string?)null)));
    }

    [Test]
    public void A_callback_from_a_session_of_its_site_takes_the_visits_source()
    {
        var session = Session("shop");

        var result = AttributionPolicy.ForCallback("call-1", "shop", "+7 (495) 000-00-01", session, Arrived);

        Assert.That(
            (result.Reason, result.SessionId, result.VisitorId, result.Source, result.Channel, result.Campaign, result.TrackingNumber),
            Is.EqualTo(("Callback", "s1", "v1", "google", "paid", "spring", "74950000001")));
    }

    [TestCase("other-site")]
    [TestCase(null)]
    public void A_callback_without_a_session_of_its_site_is_Unknown_with_the_site(string? sessionSite)
    {
        var session = sessionSite is null ? null : Session(sessionSite);

        var result = AttributionPolicy.ForCallback("call-1", "shop", "74950000001", session, Arrived);

        Assert.That((result.Reason, result.Site, result.SessionId, result.Source), Is.EqualTo(("Unknown", "shop", (string?)null, (string?)null)));
    }

    [Test]
    public void A_session_whose_page_is_open_is_an_exact_match()
    {
        var result = Decide(PoolRole, [Candidate("s1", Arrived.AddSeconds(-30))]);

        Assert.That((result.Reason, result.SessionId, result.Source, result.Candidates), Is.EqualTo(("Exact", "s1", "google", 1)));
    }

    [Test]
    public void A_session_whose_page_closed_within_the_hold_is_within_hold()
    {
        var result = Decide(PoolRole, [Candidate("s1", Arrived.AddMinutes(-10))]);

        Assert.That((result.Reason, result.SessionId), Is.EqualTo(("WithinHold", "s1")));
    }

    [Test]
    public void Several_sessions_make_it_ambiguous_and_the_most_recent_activity_wins()
    {
        var result = Decide(PoolRole, [Candidate("older", Arrived.AddMinutes(-20)), Candidate("recent", Arrived.AddMinutes(-2)), Candidate("oldest", Arrived.AddMinutes(-25))]);

        Assert.That((result.Reason, result.SessionId, result.Candidates), Is.EqualTo(("Ambiguous", "recent", 3)));
    }

    [Test]
    public void A_pool_number_nobody_held_is_unknown_but_keeps_its_site()
    {
        var result = Decide(PoolRole, []);

        Assert.That((result.Reason, result.Site, result.Source), Is.EqualTo(("Unknown", "shop", (string?)null)));
    }

    [Test]
    public void The_overflow_number_is_counted_as_overflow()
    {
        var result = Decide(new NumberRole(NumberRoleKind.Overflow, "shop"), []);

        Assert.That((result.Reason, result.Site), Is.EqualTo(("Overflow", "shop")));
    }

    [TestCase(NumberRoleKind.SiteDefault)]
    [TestCase(NumberRoleKind.Unknown)]
    public void The_printed_number_and_numbers_not_in_tracking_json_are_unknown(NumberRoleKind kind)
    {
        var result = Decide(new NumberRole(kind), []);

        Assert.That(result.Reason, Is.EqualTo("Unknown"));
    }

    [Test]
    public void The_dialled_number_is_stored_as_digits()
    {
        Assert.That(Decide(PoolRole, [], "+7 (495) 000-00-11").TrackingNumber, Is.EqualTo("74950000011"));
    }

    private static CallAttributionRow Decide(NumberRole role, AttributionCandidateRow[] candidates, string number = "74950000011") =>
        AttributionPolicy.Decide("c1", number, role, candidates, Arrived, ActiveWindow);

    private static AttributionCandidateRow Candidate(string sessionId, DateTimeOffset lastSeen) => new()
    {
        SessionId = sessionId,
        Site = "shop",
        VisitorId = "visitor-" + sessionId,
        LastSeenAt = lastSeen,
        Source = "google",
        Channel = "paid",
        Campaign = "spring",
    };

    private static TrackingSessionRow Session(string site) => new()
    {
        Id = "s1",
        Site = site,
        VisitorId = "v1",
        StartedAt = Arrived.AddMinutes(-5),
        LastSeenAt = Arrived.AddMinutes(-1),
        LandingUrl = "https://shop.example/",
        CurrentPage = "https://shop.example/contacts",
        UtmCampaign = "spring",
        Channel = "paid",
        Source = "google",
        Number = "74950000011",
        NumberKind = "Pool",
    };
}
