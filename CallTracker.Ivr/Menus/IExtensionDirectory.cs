namespace CallTracker.Ivr.Menus;

/// <summary>The extensions a caller may dial from a menu. An extension not here is an invalid entry, re-prompted like a wrong key.</summary>
public interface IExtensionDirectory
{
    bool Exists(string extension);
}
