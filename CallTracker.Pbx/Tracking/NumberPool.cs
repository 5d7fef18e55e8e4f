namespace CallTracker.Pbx.Tracking;

/// <summary>
/// One pool's numbers, handed out one visitor at a time. A number stays with its visitor until the hold after
/// their last activity runs out; then it joins the back of the free list, and the front (the least recently
/// released) is handed out next, which leaves a late caller's old number unused for as long as possible.
/// </summary>
/// <remarks>
/// Why in memory and not a SELECT-then-UPDATE in SQLite: SQLite admits one writer at a time, so allocating inside
/// a database transaction would queue every visitor behind the file lock (and its busy-timeout retries) and pay a
/// commit per decision. Here each decision is a few dictionary and heap operations under one lock per pool, so two
/// request threads can never hand out the same number; the store only records the outcome afterwards, and the
/// held numbers are loaded back from it at start-up (<see cref="Restore"/>). A crash between the decision and its
/// write can lose one assignment, which costs at worst one number handed out twice after the restart.
/// </remarks>
public sealed partial class NumberPool
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, NumberState> states = new(StringComparer.Ordinal);
    private readonly LinkedList<string> free = new();
    private readonly HashSet<string> numbers = new(StringComparer.Ordinal);

    // One entry per held number, due at its hold's end as last seen; an extended hold is re-queued when its old entry comes due.
    // Ties release in the order the numbers were queued, so equal holds still free up in a fixed order.
    private readonly PriorityQueue<string, (long Due, long Order)> expiries = new();
    private long queued;

    // Each visitor's current or last number, so a returning visitor gets it back if nobody took it since; at most one entry per number.
    private readonly Dictionary<string, string> numberOfVisitor = new(StringComparer.Ordinal);
    private long overflows;

    public NumberPool(string site, string name, IEnumerable<string> numbers)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        Site = site;
        Name = name;
        foreach (var number in numbers)
        {
            states[number] = new NumberState { FreeNode = free.AddLast(number) };
            this.numbers.Add(number);
        }
    }

    public string Site { get; }

    public string Name { get; }

    public int Size => states.Count;

    /// <summary>The pool's numbers; fixed at construction, so read without the lock.</summary>
    public IReadOnlySet<string> Numbers => numbers;

    /// <summary>Sessions turned away since start-up because every number was held, each counted once however often it pinged.</summary>
    public long Overflows => Interlocked.Read(ref overflows);

    /// <summary>Counts a session's first overflow; the caller knows whether its session had overflowed already.</summary>
    public long CountOverflowingSession() => Interlocked.Increment(ref overflows);

    /// <summary>The visitor's own number if they still hold it or nobody took it since, else the least recently released one.</summary>
    public PoolAllocation Acquire(string visitorId, DateTimeOffset now, TimeSpan hold)
    {
        var nowMs = now.ToUnixTimeMilliseconds();
        var until = nowMs + (long)hold.TotalMilliseconds;
        lock (gate)
        {
            ReleaseExpired(nowMs);
            if (numberOfVisitor.TryGetValue(visitorId, out var own))
            {
                var state = states[own];
                state.HeldUntil = Math.Max(state.HeldUntil, until);
                if (state.FreeNode is not null)
                {
                    Take(own, state);
                }

                return new PoolAllocation(own, DateTimeOffset.FromUnixTimeMilliseconds(state.HeldUntil));
            }

            if (free.First is not { } next)
            {
                return new PoolAllocation(null, now);
            }

            var taken = states[next.Value];
            ForgetVisitor(taken.Visitor, next.Value);

            taken.Visitor = visitorId;
            taken.HeldUntil = until;
            numberOfVisitor[visitorId] = next.Value;
            Take(next.Value, taken);
            return new PoolAllocation(next.Value, DateTimeOffset.FromUnixTimeMilliseconds(until));
        }
    }

    /// <summary>Marks a number as held, as the store recorded it before a restart; numbers no longer in the pool are ignored.</summary>
    public void Restore(string number, string visitorId, DateTimeOffset heldUntil)
    {
        lock (gate)
        {
            if (!states.TryGetValue(number, out var state) || state.FreeNode is null)
            {
                return;
            }

            ForgetVisitor(state.Visitor, number);
            state.Visitor = visitorId;
            state.HeldUntil = heldUntil.ToUnixTimeMilliseconds();
            numberOfVisitor[visitorId] = number;
            Take(number, state);
        }
    }

    /// <summary>Every number held at <paramref name="now"/>, with its holder and hold, to carry over into a reloaded pool.</summary>
    public IReadOnlyList<(string Number, string Visitor, DateTimeOffset HeldUntil)> Held(DateTimeOffset now)
    {
        lock (gate)
        {
            ReleaseExpired(now.ToUnixTimeMilliseconds());
            return states
                .Where(s => s.Value.FreeNode is null && s.Value.Visitor is not null)
                .Select(s => (s.Key, s.Value.Visitor!, DateTimeOffset.FromUnixTimeMilliseconds(s.Value.HeldUntil)))
                .ToList();
        }
    }

    /// <summary>How many numbers are held at <paramref name="now"/>.</summary>
    public int CountHeld(DateTimeOffset now)
    {
        lock (gate)
        {
            ReleaseExpired(now.ToUnixTimeMilliseconds());
            return states.Count - free.Count;
        }
    }
}
