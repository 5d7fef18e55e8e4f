using CallTracker.Ivr.Prompts;

namespace CallTracker.Ivr.Menus;

/// <summary>Records the caller's steps with offsets from the start of the menus.</summary>
internal sealed class MenuPath
{
    private readonly TimeProvider time;
    private readonly List<MenuStep> steps = [];

    public MenuPath(TimeProvider time)
    {
        this.time = time;
        StartedAt = time.GetUtcNow();
    }

    public DateTimeOffset StartedAt { get; }

    public IReadOnlyList<MenuStep> Steps => steps;

    public TimeSpan Elapsed => time.GetUtcNow() - StartedAt;

    public void Add(MenuStepKind kind, string menuId, string detail = "") =>
        steps.Add(new MenuStep(Elapsed, kind, menuId, detail));

    public void AddPrompts(string menuId, PromptsOutcome prompts)
    {
        foreach (var prompt in prompts.Played)
        {
            var kind = prompt.Status switch
            {
                PlayStatus.Finished => MenuStepKind.PromptPlayed,
                PlayStatus.Failed => MenuStepKind.PromptFailed,
                _ => MenuStepKind.PromptInterrupted,
            };
            steps.Add(new MenuStep(prompt.StartedAt - StartedAt, kind, menuId, prompt.Media));
        }
    }
}
