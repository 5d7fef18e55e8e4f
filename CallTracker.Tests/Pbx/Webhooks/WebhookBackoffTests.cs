using CallTracker.Pbx.Webhooks;

namespace CallTracker.Tests.Pbx.Webhooks;

public sealed class WebhookBackoffTests
{
    private static readonly WebhookRetryOptions Retry = new() { BaseDelayMs = 1_000, MaxDelayMs = 60_000, MaxAttempts = 5, MaxAgeHours = 2 };

    [TestCase(1, 1_000)]
    [TestCase(2, 2_000)]
    [TestCase(3, 4_000)]
    [TestCase(6, 32_000)]
    [TestCase(7, 60_000)]
    [TestCase(500, 60_000)]
    public void Delay_doubles_per_failure_up_to_the_cap_with_half_of_it_jitter(int failedAttempts, int ceilingMs)
    {
        var least = WebhookBackoff.Delay(Retry, failedAttempts, 0);
        var most = WebhookBackoff.Delay(Retry, failedAttempts, 0.999_999);

        Assert.That(least, Is.EqualTo(TimeSpan.FromMilliseconds(ceilingMs / 2.0)));
        Assert.That(most, Is.EqualTo(TimeSpan.FromMilliseconds(ceilingMs)).Within(TimeSpan.FromMilliseconds(1)));
    }

    [Test]
    public void Delivery_is_given_up_at_max_attempts_or_max_age_whichever_comes_first()
    {
        var created = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        Assert.Multiple(() =>
        {
            Assert.That(WebhookBackoff.GivesUp(Retry, 4, created, created.AddMinutes(1)), Is.False);
            Assert.That(WebhookBackoff.GivesUp(Retry, 5, created, created.AddMinutes(1)), Is.True, "fifth failed post of five");
            Assert.That(WebhookBackoff.GivesUp(Retry, 2, created, created.AddHours(2)), Is.True, "two hours old");
        });
    }
}
