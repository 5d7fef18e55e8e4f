using System.Text;
using CallTracker.Pbx.Hosting;
using Microsoft.Extensions.Configuration;

namespace CallTracker.Tests.Pbx.Hosting;

public sealed class ConfigurationShapeCheckTests
{
    [Test]
    public void Wrongly_typed_ring_time_inside_a_route_list_names_its_key_instead_of_dropping_the_manager()
    {
        var problems = Check("routing.json", ServiceFolder.ValidRouting.Replace("\"RingSeconds\": 20 }, {", "\"RingSeconds\": \"twenty\" }, {", StringComparison.Ordinal));

        Assert.That(problems, Is.EqualTo(new[] { "routing.json: Routing:Routes[0]:Targets[0]:RingSeconds 'twenty' is not a whole number." }));
    }

    [Test]
    public void Unknown_enum_value_inside_a_route_names_the_key_and_the_allowed_values()
    {
        var problems = Check("routing.json", ServiceFolder.ValidRouting.Replace("\"Name\": \"sales\",", "\"Name\": \"sales\", \"WhenUnanswered\": \"Sometimes\",", StringComparison.Ordinal));

        Assert.That(problems, Is.EqualTo(new[] { "routing.json: Routing:Routes[0]:WhenUnanswered 'Sometimes' is not one of Hangup, Voicemail." }));
    }

    [Test]
    public void Wrongly_typed_retries_inside_a_menu_dictionary_names_the_menu_key()
    {
        var problems = Check("menus.json", """{ "Ivr": { "Menus": { "main": { "Prompt": [ "sound:beep" ], "Retries": "many" } } } }""");

        Assert.That(problems, Is.EqualTo(new[] { "menus.json: Ivr:Menus:main:Retries 'many' is not a whole number." }));
    }

    [Test]
    public void Country_written_as_a_string_instead_of_a_list_is_an_error_not_a_catch_all_rule()
    {
        var problems = Check("tracking.json", ServiceFolder.ValidTracking.Replace("\"Countries\": [ \"KZ\" ]", "\"Countries\": \"KZ\"", StringComparison.Ordinal));

        Assert.That(problems, Is.EqualTo(new[] { "tracking.json: Tracking:Sites[0]:Rules[0]:Countries must be a list [ ... ], not the single value 'KZ'." }));
    }

    [Test]
    public void Misspelt_section_is_an_error_naming_it_and_the_known_sections()
    {
        var problems = Check("tracking.json", ServiceFolder.ValidTracking.Replace("\"Tracking\"", "\"Trackng\"", StringComparison.Ordinal));

        Assert.That(problems, Has.Count.EqualTo(1));
        Assert.That(problems[0], Does.StartWith("tracking.json: 'Trackng' is not a section CallTracker reads (sections: Ari, HttpApi,"));
    }

    [Test]
    public void Misspelt_key_inside_a_list_entry_is_an_error_naming_the_settings_it_could_be()
    {
        var problems = Check("routing.json", ServiceFolder.ValidRouting.Replace("\"RingSeconds\": 20 }, {", "\"RingSecs\": 20 }, {", StringComparison.Ordinal));

        Assert.That(problems, Has.Count.EqualTo(1));
        Assert.That(problems[0], Does.StartWith("routing.json: Routing:Routes[0]:Targets[0]:RingSecs is not a setting here (settings: Endpoint, RingSeconds"));
    }

    [Test]
    public void Object_where_a_list_is_expected_and_list_where_a_value_is_expected_are_errors()
    {
        var problems = Check("routing.json", """{ "Routing": { "Managers": { "Endpoint": "PJSIP/101" }, "DefaultRoute": [ "sales" ] } }""");

        Assert.That(problems, Is.EquivalentTo(new[]
        {
            "routing.json: Routing:Managers must be a list [ ... ], but has the key 'Endpoint'.",
            "routing.json: Routing:DefaultRoute must be a single value (text), not a list or an object.",
        }));
    }

    [Test]
    public void Unknown_logging_key_and_invalid_level_are_errors()
    {
        var problems = Check("appsettings.json", """{ "Logging": { "LogLevl": {}, "LogLevel": { "Default": "Verbose", "Microsoft": "Warning" } } }""");

        Assert.That(problems, Has.Count.EqualTo(2));
        Assert.That(problems, Has.Some.StartWith("appsettings.json: Logging:LogLevl is not a setting here"));
        Assert.That(problems, Has.Some.StartWith("appsettings.json: Logging:LogLevel:Default 'Verbose' is not one of Trace"));
    }

    [TestCase("appsettings.json")]
    [TestCase("routing.json")]
    [TestCase("menus.json")]
    [TestCase("tracking.json")]
    public void Shipped_settings_file_has_no_shape_problems(string file)
    {
        var problems = Check(file, File.ReadAllText(Path.Combine(AppContext.BaseDirectory, file)));

        Assert.That(problems, Is.Empty);
    }

    private static List<string> Check(string file, string json)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        var content = new ConfigurationBuilder().AddJsonStream(stream).Build();
        return ConfigurationShapeCheck.Check(file, content).Select(p => p.Problem).ToList();
    }
}
