namespace CallTracker.Tests.Fixtures;

/// <summary>Waits for a condition that another process or thread makes true, instead of sleeping a fixed time.</summary>
internal static class Eventually
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(15);

    public static Task ThatAsync(Func<bool> condition, string what, CancellationToken cancellationToken) =>
        ThatAsync(() => Task.FromResult(condition()), what, cancellationToken);

    public static async Task ThatAsync(Func<Task<bool>> condition, string what, CancellationToken cancellationToken)
    {
        var giveUp = DateTime.UtcNow + Limit;
        while (!await condition())
        {
            if (DateTime.UtcNow > giveUp)
            {
                Assert.Fail($"Timed out waiting until {what}.");
            }

            await Task.Delay(20, cancellationToken);
        }
    }
}
