using CallTracker.Store.Repositories;
using CallTracker.Store.Rows;
using Dapper;

namespace CallTracker.Tests.Store.Repositories;

public sealed partial class SqliteCallRepositoryTests
{
    [Test, CancelAfter(10_000)]
    public async Task ListLastAnswersAsync_gives_each_caller_the_latest_answer_since_the_given_time(CancellationToken cancellationToken)
    {
        var sut = CreateSut();
        await sut.InsertAsync(Answered(Call("a1", Arrived)) with { AnsweredBy = "PJSIP/101" }, cancellationToken);
        await sut.InsertAsync(Answered(Call("a3", Arrived.AddDays(3))) with { AnsweredBy = "PJSIP/102" }, cancellationToken);
        await sut.InsertAsync(Answered(Call("a2", Arrived.AddDays(1))) with { AnsweredBy = "PJSIP/103" }, cancellationToken);
        await sut.InsertAsync(Answered(Call("b1", Arrived.AddDays(2))) with { CallerNumber = "+79160000002" }, cancellationToken);

        var answers = await sut.ListLastAnswersAsync(Arrived, cancellationToken);

        Assert.That(
            answers.OrderBy(a => a.CallerNumber, StringComparer.Ordinal).Select(a => (a.CallerNumber, a.Endpoint, a.AnsweredAt)),
            Is.EqualTo(new[]
            {
                ("+79160000002", "PJSIP/101", Arrived.AddDays(2).AddMilliseconds(7_001)),
                ("+79161234567", "PJSIP/102", Arrived.AddDays(3).AddMilliseconds(7_001)),
            }));
    }

    [Test, CancelAfter(10_000)]
    public async Task ListLastAnswersAsync_leaves_out_earlier_answers_unanswered_outbound_and_withheld_callers(CancellationToken cancellationToken)
    {
        var sut = CreateSut();
        var since = Arrived.AddDays(1);
        await sut.InsertAsync(Answered(Call("before", Arrived)), cancellationToken);
        await sut.InsertAsync(Call("missed", since.AddHours(1)) with { Status = "Missed", EndedAt = since.AddHours(1) }, cancellationToken);
        await sut.InsertAsync(Call("ringing", since.AddHours(2)), cancellationToken);
        await sut.InsertAsync(Answered(Call("outbound", since.AddHours(3))) with { Direction = "Outbound" }, cancellationToken);
        await sut.InsertAsync(Answered(Call("withheld", since.AddHours(4))) with { CallerNumber = "" }, cancellationToken);

        var answers = await sut.ListLastAnswersAsync(since, cancellationToken);

        Assert.That(answers, Is.Empty);
    }

    [Test, CancelAfter(10_000)]
    public async Task ListLastAnswersAsync_reads_only_its_covering_index(CancellationToken cancellationToken)
    {
        await using var connection = await Database.ConnectionFactory.OpenAsync(cancellationToken);

        var plan = await connection.QueryAsync<QueryPlanStep>(new CommandDefinition(
            "EXPLAIN QUERY PLAN " + SqliteCallRepository.SelectLastAnswers,
            new { Since = 0L, Direction = CallRow.InboundDirection },
            cancellationToken: cancellationToken));

        Assert.That(plan.Select(p => p.Detail), Is.EqualTo(new[] { "SCAN calls USING COVERING INDEX ix_calls_caller_answered" }));
    }

    private sealed class QueryPlanStep
    {
        public string Detail { get; init; } = "";
    }
}
