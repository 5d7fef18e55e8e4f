namespace CallTracker.Pbx.Tracking;

/// <summary>The bookkeeping behind <see cref="NumberPool"/>; every member runs under its lock.</summary>
public sealed partial class NumberPool
{
    private void ForgetVisitor(string? visitorId, string number)
    {
        if (visitorId is not null && numberOfVisitor.TryGetValue(visitorId, out var mapped) && mapped == number)
        {
            numberOfVisitor.Remove(visitorId);
        }
    }

    private void Take(string number, NumberState state)
    {
        free.Remove(state.FreeNode!);
        state.FreeNode = null;
        expiries.Enqueue(number, (state.HeldUntil, queued++));
    }

    private void ReleaseExpired(long nowMs)
    {
        while (expiries.TryPeek(out var number, out var entry) && entry.Due < nowMs)
        {
            expiries.Dequeue();
            var state = states[number];
            if (state.HeldUntil > entry.Due)
            {
                expiries.Enqueue(number, (state.HeldUntil, queued++));
            }
            else
            {
                state.FreeNode = free.AddLast(number);
            }
        }
    }

    private sealed class NumberState
    {
        /// <summary>Who holds the number, or held it last.</summary>
        public string? Visitor { get; set; }

        public long HeldUntil { get; set; }

        /// <summary>Its place in the free list; null while held.</summary>
        public LinkedListNode<string>? FreeNode { get; set; }
    }
}
