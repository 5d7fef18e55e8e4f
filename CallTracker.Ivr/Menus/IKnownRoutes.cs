namespace CallTracker.Ivr.Menus;

/// <summary>The routes the service can hand a caller to (routing.json); menus.json may only name these.</summary>
public interface IKnownRoutes
{
    bool Contains(string route);
}
