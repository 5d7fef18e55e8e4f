using CallTracker.Pbx.Routing;

namespace CallTracker.Tests.Pbx.Routing;

/// <summary>
/// Routing with a Priority route ("priority": 101, then 102 and 103 at once) and a Weighted one ("dealers": north
/// weight 3 on 101, south weight 1 on 102); dealer "east" (103 and 104, office hours, at most one call) is on no route.
/// </summary>
internal static class RingPlanRouting
{
    public static RoutingOptions Options()
    {
        var options = RoutingOptionsValidatorTests.ValidOptions();
        options.Managers.Add(new ManagerOptions { Endpoint = "PJSIP/103", Name = "Vera" });
        options.Managers.Add(new ManagerOptions { Endpoint = "PJSIP/104", Name = "Gleb" });
        options.Schedules.Add(new ScheduleOptions
        {
            Name = "office",
            TimeZone = "Europe/Moscow",
            Hours = { ["Monday"] = "09:00-18:00", ["Tuesday"] = "09:00-18:00" },
        });
        options.Dealers.AddRange(
        [
            new DealerOptions { Name = "north", Endpoints = ["PJSIP/101"], Weight = 3, RingSeconds = 15 },
            new DealerOptions { Name = "south", Endpoints = ["PJSIP/102"], Weight = 1 },
            new DealerOptions { Name = "east", Endpoints = ["PJSIP/103", "PJSIP/104"], Schedule = "office", MaxCalls = 1 },
        ]);
        options.Routes.Add(new RouteOptions
        {
            Name = "priority",
            Ring = RingMode.Priority,
            Groups =
            [
                new RingGroupOptions { Targets = [new RouteTargetOptions { Endpoint = "PJSIP/101" }] },
                new RingGroupOptions
                {
                    Ring = RingMode.Simultaneous,
                    Targets = [new RouteTargetOptions { Endpoint = "PJSIP/102" }, new RouteTargetOptions { Endpoint = "PJSIP/103" }],
                },
            ],
        });
        options.Routes.Add(new RouteOptions { Name = "dealers", Ring = RingMode.Weighted, Dealers = ["north", "south"] });
        return options;
    }
}
