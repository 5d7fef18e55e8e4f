using System.Threading.Channels;
using CallTracker.Pbx.Calls;
using CallTracker.Store;
using CallTracker.Store.Rows;

namespace CallTracker.Pbx.Tracking;

/// <summary>
/// Attribution off the call path. SQLite's async calls complete synchronously, so a call that asked the store itself
/// would read it before its first REST request, and hundreds of calls arriving together would hold the thread pool that
/// their REST replies need. Calls queue their question here instead, and one reader on a thread of its own answers them in turn,
/// once no call is before its first dial (<see cref="CallSetupGate"/>): only a whisper waits for the answer.
/// </summary>
public sealed class QueuedCallAttribution(CallAttributionService service, CallSetupGate setup) : ICallAttribution, IDisposable
{
    private readonly Channel<Question> questions = Channel.CreateUnbounded<Question>(new UnboundedChannelOptions { SingleReader = true });
    private readonly StoreThread thread = new("call-attribution");
    private int reading;

    public Task<CallAttributionRow?> DecideAsync(string callId, string trackingNumber, DateTimeOffset arrivedAt, CancellationToken cancellationToken)
    {
        var question = new Question(callId, trackingNumber, arrivedAt, cancellationToken);
        questions.Writer.TryWrite(question);
        if (Interlocked.Exchange(ref reading, 1) == 0)
        {
            _ = thread.Run(() => AnswerAllAsync(CancellationToken.None));
        }

        return question.Answer.Task.WaitAsync(cancellationToken);
    }

    public Task StoreAsync(CallAttributionRow attribution, string callerNumber, CancellationToken cancellationToken) =>
        service.StoreAsync(attribution, callerNumber, cancellationToken);

    public void Dispose() => thread.Dispose();

    /// <summary>
    /// Never ends: the reader waits for the next questions for as long as the service runs. It gives way to calls being
    /// set up once for all the questions waiting, so under steady load a question waits <see cref="CallSetupGate.MaxHold"/> at most.
    /// </summary>
    private async Task AnswerAllAsync(CancellationToken cancellationToken)
    {
        while (await questions.Reader.WaitToReadAsync(cancellationToken))
        {
            await setup.WhenClearAsync(cancellationToken);
            while (questions.Reader.TryRead(out var question))
            {
                try
                {
                    // DecideAsync logs and swallows store failures itself.
                    question.Answer.TrySetResult(await service.DecideAsync(question.CallId, question.TrackingNumber, question.ArrivedAt, question.CallGone));
                }
                catch (OperationCanceledException)
                {
                    // The call ended before its turn: nobody waits for the answer any more.
                    question.Answer.TrySetResult(null);
                }
            }
        }
    }

    private sealed record Question(string CallId, string TrackingNumber, DateTimeOffset ArrivedAt, CancellationToken CallGone)
    {
        public TaskCompletionSource<CallAttributionRow?> Answer { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
