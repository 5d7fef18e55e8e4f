using CallTracker.Pbx.Routing;

namespace CallTracker.Pbx.Tracking;

/// <summary>One version of tracking.json, validated and indexed: sites by name, and the role of every number by its digits.</summary>
internal sealed class TrackingIndex
{
    private readonly Dictionary<string, TrackingSite> sites;
    private readonly Dictionary<string, NumberRole> roles = new(StringComparer.Ordinal);

    public TrackingIndex(TrackingOptions settings)
    {
        Hold = TimeSpan.FromMinutes(settings.HoldMinutes);
        PingInterval = TimeSpan.FromSeconds(settings.PingSeconds);
        CountryHeader = string.IsNullOrWhiteSpace(settings.CountryHeader) ? null : settings.CountryHeader;
        Limits = settings.Limits;
        sites = settings.Sites.ToDictionary(s => s.Name, s => new TrackingSite(s), StringComparer.OrdinalIgnoreCase);
        Pools = settings.Sites
            .SelectMany(s => s.Pools.Select(p => new PoolDefinition(s.Name, p.Name, p.Numbers.Select(PhoneNumber.Normalize).ToList())))
            .ToList();

        // Later entries win: a static number outranks a site's printed number, since it names a source.
        foreach (var site in sites.Values)
        {
            roles[site.DefaultNumber] = new NumberRole(NumberRoleKind.SiteDefault, site.Name);
            if (site.OverflowNumber != site.DefaultNumber)
            {
                roles[site.OverflowNumber] = new NumberRole(NumberRoleKind.Overflow, site.Name);
            }
        }

        foreach (var pool in Pools)
        {
            foreach (var number in pool.Numbers)
            {
                roles[number] = new NumberRole(NumberRoleKind.Pool, pool.Site, pool.Name);
            }
        }

        foreach (var number in settings.StaticNumbers)
        {
            roles[PhoneNumber.Normalize(number.Number)] = new NumberRole(NumberRoleKind.Static, Static: number);
        }
    }

    public TimeSpan Hold { get; }

    public TimeSpan PingInterval { get; }

    public string? CountryHeader { get; }

    public TrackingLimitsOptions Limits { get; }

    public IReadOnlyList<PoolDefinition> Pools { get; }

    public TrackingSite? FindSite(string name) => sites.GetValueOrDefault(name);

    public bool AnySiteAllows(string origin) => sites.Values.Any(s => s.AllowsOrigin(origin));

    public NumberRole Classify(string dialledNumber) =>
        roles.GetValueOrDefault(PhoneNumber.Normalize(dialledNumber)) ?? NumberRole.Unknown;
}
