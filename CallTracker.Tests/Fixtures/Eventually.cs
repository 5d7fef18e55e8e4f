namespace CallTracker.Tests.Fixtures;

/// <summary>Waits for a condition that another process or thread makes true, instead of sleeping a fixed time.</summary>
internal static class Eventually
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(15);

    public static Task ThatAsync(Func<bool> condition, string what, CancellationToken cancellationToken) =>
        ThatAsync(() => Task.FromResult(condition()), what, cancellationToken);

    public static Task ThatAsync(Func<Task<bool>> condition, string what, CancellationToken cancellationToken) =>
        ThatAsync(condition, what, Limit, cancellationToken);

    /// <param name="limit">For what takes long by nature, such as hundreds of calls on a small machine.</param>
    public static async Task ThatAsync(Func<Task<bool>> condition, string what, TimeSpan limit, CancellationToken cancellationToken)
    {
        var giveUp = DateTime.UtcNow + limit;
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
