using CallTracker.Pbx.Cli;
using CallTracker.Pbx.Hosting;

return CallTrackerCli.Handles(args)
    ? await CallTrackerCli.RunAsync(args, Console.Out, Console.Error)
    : await CallTrackerHost.RunAsync(args);
