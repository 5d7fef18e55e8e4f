using CallTracker.Pbx.Reports;
using Moq;
using CallTracker.Store.Repositories;
using CallTracker.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CallTracker.Tests.Pbx.Reports;

public sealed class CallTypeClassifierTests
{
    [Test]
    [CancelAfter(30_000)]
    public async Task A_call_through_the_service_is_classified_when_it_ends(CancellationToken cancellationToken)
    {
        await using var pbx = await PbxHarness.StartAsync(cancellationToken);
        pbx.Asterisk.SetPhone("PJSIP/101", PhoneBehaviour.AnswerAfter(TimeSpan.Zero));

        var caller = await pbx.Asterisk.PlaceInboundCallAsync("74950000001", "79161112233", "Caller", cancellationToken);
        await pbx.WaitForManagerJoinedAsync(1, cancellationToken);
        await caller.HangupAsync(cancellationToken);
        var call = await pbx.WaitForFinishedCallAsync(caller.ChannelId, cancellationToken);
        var callTypes = pbx.App.Services.GetRequiredService<ICallTypeRepository>();
        CallTracker.Store.Rows.CallTypes? types = null;
        await Eventually.ThatAsync(async () => (types = await callTypes.GetAsync(call.Id, cancellationToken)) is not null, "the call is classified as it ends", cancellationToken);

        Assert.That((types!.Unique, types.Target), Is.EqualTo((true, false)), "the number's first call; far shorter than the 60 s target");
    }

    [Test]
    public void Each_sites_rule_falls_back_to_the_sections_values_for_what_it_leaves_out()
    {
        var options = new CallTypeOptions { TargetTalkSeconds = 45, SalesCycleDays = 20, Sites = { ["shop"] = new CallTypeSiteOptions { TargetTalkSeconds = 90 } } };
        var sut = new CallTypeClassifier(Mock.Of<ICallTypeRepository>(), Options.Create(options), NullLogger<CallTypeClassifier>.Instance);

        var rules = sut.Rules();

        Assert.That(rules, Is.EqualTo(new[] { new CallTracker.Store.Rows.CallTypeRule(null, 45, 20), new("shop", 90, 20) }));
    }

    [Test]
    public void A_site_that_is_not_tracked_and_an_impossible_cycle_are_named()
    {
        var options = new CallTypeOptions { SalesCycleDays = 0, Sites = { ["shpo"] = new CallTypeSiteOptions() } };
        var sut = new CallTypeOptionsValidator(Options.Create(CallTracker.Tests.Pbx.Tracking.TrackingOptionsValidatorTests.Load()));

        var result = sut.Validate(null, options);

        Assert.That(result.Failures, Has.Some.EqualTo("tracking.json: CallTypes:Sites:shpo is not a site in Tracking:Sites."));
        Assert.That(result.Failures, Has.Some.EqualTo("tracking.json: CallTypes:SalesCycleDays 0 must be from 1 to 3650."));
    }
}
