namespace CallTracker.Pbx.Webhooks.Payload;

/// <summary>One step of the caller's path through the voice menus (Entered, Pressed, NoInput, Invalid …), AtMs after the menu began.</summary>
public sealed record WebhookMenuStepView(string Menu, string Step, string Detail, long AtMs);
