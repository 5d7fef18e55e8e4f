namespace CallTracker.Tests.Pbx.Calls;

/// <summary>
/// Routing and menus for recording, whisper and tagging: 74950000001 rings 101 and records the conversation;
/// 74950000005 whispers the source to 101, then 102, who must press 1. Tagging is on with categories 1 Sale and 2 Spam.
/// </summary>
internal static class AfterCallConfig
{
    public const string Routing = """
        {
          "Routing": {
            "DefaultRoute": "sales",
            "Managers": [ { "Endpoint": "PJSIP/101", "Name": "Anna" }, { "Endpoint": "PJSIP/102", "Name": "Boris" } ],
            "Routes": [
              { "Name": "sales", "Record": true, "Targets": [ { "Endpoint": "PJSIP/101", "RingSeconds": 5 } ] },
              {
                "Name": "whispered",
                "Whisper": { "Prompts": { "default": "sound:custom/new-call" }, "RequireAccept": true, "AcceptTimeoutSeconds": 2 },
                "Targets": [ { "Endpoint": "PJSIP/101", "RingSeconds": 5 }, { "Endpoint": "PJSIP/102", "RingSeconds": 5 } ]
              }
            ],
            "TrackingNumbers": [ { "Number": "74950000001", "Route": "sales" }, { "Number": "74950000005", "Route": "whispered" } ]
          }
        }
        """;

    public const string Menus = """
        {
          "Ivr": {
            "Language": "en",
            "Menus": {},
            "Tagging": {
              "Enabled": true,
              "Categories": [ { "Code": "1", "Name": "Sale", "DefaultValue": 500 }, { "Code": "2", "Name": "Spam", "DefaultValue": 0 } ],
              "CodePrompt": [ "sound:custom/tag-code" ],
              "ValuePrompt": [ "sound:beep" ],
              "InvalidPrompt": [ "sound:pm-invalid-option" ],
              "NoInputPrompt": [ "sound:please-try-again" ],
              "ReadBackPrompt": [ "sound:you-entered" ],
              "ConfirmPrompt": [ "sound:if-correct-press", "digits:1" ],
              "SavedPrompt": [ "sound:auth-thankyou" ],
              "AnotherPrompt": [ "sound:custom/another" ],
              "GoodbyePrompt": [ "sound:vm-goodbye" ],
              "CodeTimeoutSeconds": 3,
              "ValueTimeoutSeconds": 2,
              "InterDigitTimeoutSeconds": 2,
              "MaxAttempts": 3,
              "AllowAnother": true
            }
          }
        }
        """;
}
