using CallTracker.Pbx.Hosting;

return await CallTrackerHost.RunAsync(args);
