namespace CallTracker.Ivr.Menus;

public sealed partial class MenuOptionsValidator
{
    /// <summary>
    /// Every menu must lead out of the menus (to a route, voicemail or an extension) by some keys, and a caller who presses
    /// nothing must leave too: following fallbacks may not go round in a circle.
    /// </summary>
    private static void ValidateExits(IvrOptions options, List<string> errors)
    {
        var edges = MenuEdges(options);
        var leadsOut = options.Menus.Where(m => Exits(m.Value)).Select(m => m.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        for (var grew = true; grew;)
        {
            var before = leadsOut.Count;
            leadsOut.UnionWith(edges.Where(e => e.Value.Any(leadsOut.Contains)).Select(e => e.Key).ToList());
            grew = leadsOut.Count > before;
        }

        foreach (var id in options.Menus.Keys.Where(id => !leadsOut.Contains(id)))
        {
            var reachable = string.Join(", ", edges[id]);
            errors.Add($"{File}: Ivr:Menus:{id} never leads out of the menus: no option or fallback, here or in the menus it leads to"
                + (reachable.Length == 0 ? "" : $" ({reachable})") + ", reaches a Route, Voicemail or ExtensionDigits.");
        }

        ValidateFallbackChains(options, errors);
    }

    private static bool Exits(MenuOptions menu) =>
        menu.ExtensionDigits is not null
        || menu.Options.Values.Append(menu.Fallback).Any(c => c?.ParsedAction is MenuAction.Route or MenuAction.Voicemail);

    /// <summary>Menu → menus a caller can reach from it in one step, by a Menu option, the fallback, or Back to any menu that leads here.</summary>
    private static Dictionary<string, HashSet<string>> MenuEdges(IvrOptions options)
    {
        var edges = options.Menus.Keys.ToDictionary(id => id, _ => new HashSet<string>(StringComparer.OrdinalIgnoreCase), StringComparer.OrdinalIgnoreCase);
        foreach (var (id, menu) in options.Menus)
        {
            foreach (var choice in menu.Options.Values.Append(menu.Fallback))
            {
                if (choice?.ParsedAction == MenuAction.Menu && edges.ContainsKey(choice.Target))
                {
                    edges[id].Add(choice.Target);
                }
            }
        }

        // Back returns where the caller came from by a forward step, so only forward edges name the menus it can reach.
        var forward = edges.ToDictionary(e => e.Key, e => e.Value.ToList(), StringComparer.OrdinalIgnoreCase);
        foreach (var id in options.Menus.Where(m => m.Value.Options.Values.Any(c => c.ParsedAction == MenuAction.Back)).Select(m => m.Key))
        {
            edges[id].UnionWith(forward.Where(f => f.Value.Contains(id, StringComparer.OrdinalIgnoreCase)).Select(f => f.Key));
        }

        return edges;
    }

    private static void ValidateFallbackChains(IvrOptions options, List<string> errors)
    {
        var reported = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var start in options.Menus.Keys)
        {
            var chain = new List<string> { start };
            for (var id = start; NextByFallback(options, id) is { } next; id = next)
            {
                var seen = chain.FindIndex(c => string.Equals(c, next, StringComparison.OrdinalIgnoreCase));
                if (seen >= 0)
                {
                    var circle = chain[seen..];
                    if (reported.Add(circle.Min(StringComparer.OrdinalIgnoreCase)!))
                    {
                        errors.Add($"{File}: Ivr:Menus:{circle[0]}:Fallback goes round in a circle ({string.Join(" → ", circle.Append(circle[0]))}); "
                            + "a caller who presses nothing would never leave the menus.");
                    }

                    break;
                }

                chain.Add(next);
            }
        }
    }

    private static string? NextByFallback(IvrOptions options, string id) =>
        options.Menus[id].Fallback is { ParsedAction: MenuAction.Menu } fallback && options.Menus.ContainsKey(fallback.Target)
            ? options.Menus.Keys.First(k => string.Equals(k, fallback.Target, StringComparison.OrdinalIgnoreCase))
            : null;
}
