namespace CallTracker.Tests.Pbx.Calls;

/// <summary>
/// Routing and menus for the voice-menu call tests: 74950000001 rings sales (then voicemail), 74950000002 runs menu
/// "main" (1 = sales, 9 = voicemail, or a 3-digit extension; silence or a wrong key twice falls back to sales),
/// 74950000003 is always closed and takes voicemail,
/// 74950000006 is always closed with a message, 74950000007 is always closed and goes to the duty route (102).
/// </summary>
internal static class IvrConfig
{
    public const string Routing = """
        {
          "Routing": {
            "DefaultRoute": "sales",
            "Managers": [ { "Endpoint": "PJSIP/101", "Name": "Anna" }, { "Endpoint": "PJSIP/102", "Name": "Boris" } ],
            "Routes": [
              { "Name": "sales", "Targets": [ { "Endpoint": "PJSIP/101", "RingSeconds": 1 } ], "WhenUnanswered": "Voicemail" },
              { "Name": "front", "Menu": "main" },
              { "Name": "night", "Schedule": "never", "Targets": [ { "Endpoint": "PJSIP/101", "RingSeconds": 1 } ] },
              { "Name": "closed", "Schedule": "message", "Targets": [ { "Endpoint": "PJSIP/101", "RingSeconds": 1 } ] },
              { "Name": "redirected", "Schedule": "elsewhere", "Targets": [ { "Endpoint": "PJSIP/101", "RingSeconds": 1 } ] },
              { "Name": "duty", "Targets": [ { "Endpoint": "PJSIP/102", "RingSeconds": 1 } ] }
            ],
            "Schedules": [
              { "Name": "never", "TimeZone": "Europe/Moscow", "OffHours": { "Action": "Voicemail" } },
              { "Name": "message", "TimeZone": "Europe/Moscow", "OffHours": { "Action": "Message", "Prompts": [ "sound:custom/closed" ] } },
              { "Name": "elsewhere", "TimeZone": "Europe/Moscow", "OffHours": { "Action": "Route", "Route": "duty" } }
            ],
            "TrackingNumbers": [
              { "Number": "74950000001", "Route": "sales" },
              { "Number": "74950000002", "Route": "front" },
              { "Number": "74950000003", "Route": "night" },
              { "Number": "74950000006", "Route": "closed" },
              { "Number": "74950000007", "Route": "redirected" }
            ]
          }
        }
        """;

    public const string Menus = """
        {
          "Ivr": {
            "Language": "en",
            "Menus": {
              "main": {
                "Greeting": [ "sound:custom/welcome" ],
                "Prompt": [ "sound:custom/choose" ],
                "Options": { "1": { "Action": "Route", "Target": "sales" }, "9": { "Action": "Voicemail" } },
                "ExtensionDigits": 3,
                "FirstDigitTimeoutSeconds": 1,
                "InterDigitTimeoutSeconds": 1,
                "Retries": 1,
                "Fallback": { "Action": "Route", "Target": "sales" }
              }
            },
            "Voicemail": { "Prompt": [ "sound:vm-intro" ], "MaxDurationSeconds": 5, "MaxSilenceSeconds": 0, "MinDurationSeconds": 1 }
          }
        }
        """;

    public const string Welcome = "sound:custom/welcome";
    public const string Choose = "sound:custom/choose";
    public const string NoInputPrompt = "sound:please-try-again";
    public const string InvalidPrompt = "sound:pm-invalid-option";
}
