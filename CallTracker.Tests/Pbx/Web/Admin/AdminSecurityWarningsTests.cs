using CallTracker.Pbx.Ari;
using CallTracker.Pbx.Hosting;
using CallTracker.Pbx.Web.Admin;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CallTracker.Tests.Pbx.Web.Admin;

[CancelAfter(10_000)]
public sealed class AdminSecurityWarningsTests
{
    [Test]
    public async Task Plain_http_beyond_loopback_and_shipped_passwords_are_warned_about(CancellationToken cancellationToken)
    {
        var logger = new WarningLog();
        var admin = new AdminOptions { PasswordHash = SecretHash.HashPassword("change-me", 1000) };
        var sut = CreateSut(admin, "http://0.0.0.0:5080;http://127.0.0.1:5081", "change-me", logger);

        await sut.StartAsync(cancellationToken);

        Assert.That(logger.Messages, Has.Some.Contains("http://0.0.0.0:5080").And.Contains("without TLS"));
        Assert.That(logger.Messages, Has.None.Contains("http://127.0.0.1:5081"));
        Assert.That(logger.Messages, Has.Some.StartWith("Ari:Password is still the shipped 'change-me'"));
        Assert.That(logger.Messages, Has.Some.StartWith("Admin:PasswordHash is the hash of the shipped password"));
    }

    [Test]
    public async Task A_loopback_setup_with_own_passwords_starts_without_warnings(CancellationToken cancellationToken)
    {
        var logger = new WarningLog();
        var sut = CreateSut(new AdminOptions { PasswordHash = AdminCredentials.PasswordHash }, "http://127.0.0.1:5080", "s3cret", logger);

        await sut.StartAsync(cancellationToken);

        Assert.That(logger.Messages, Is.Empty);
    }

    [Test]
    public async Task A_tls_proxy_in_front_with_its_public_name_listed_starts_without_warnings(CancellationToken cancellationToken)
    {
        var logger = new WarningLog();
        var sut = CreateSut(new AdminOptions { TokenHashes = [AdminCredentials.TokenHash], BehindTlsProxy = true }, "http://0.0.0.0:5080", "s3cret", logger, hosts: ["calltracker.example.com"]);

        await sut.StartAsync(cancellationToken);

        Assert.That(logger.Messages, Is.Empty);
    }

    [Test]
    public async Task Listening_beyond_loopback_without_host_names_warns_that_public_tracking_requests_are_refused(CancellationToken cancellationToken)
    {
        var logger = new WarningLog();
        var sut = CreateSut(new AdminOptions { TokenHashes = [AdminCredentials.TokenHash], BehindTlsProxy = true }, "http://0.0.0.0:5080", "s3cret", logger, hosts: []);

        await sut.StartAsync(cancellationToken);

        Assert.That(logger.Messages, Has.Exactly(1).StartsWith("Admin:Hosts is empty").And.Contains("/tracking.js"));
    }

    private static AdminSecurityWarnings CreateSut(AdminOptions admin, string urls, string ariPassword, WarningLog logger, List<string> hosts)
    {
        admin.Hosts = hosts;
        return CreateSut(admin, urls, ariPassword, logger);
    }

    private static AdminSecurityWarnings CreateSut(AdminOptions admin, string urls, string ariPassword, WarningLog logger) => new(
        Options.Create(admin),
        Options.Create(new HttpApiOptions { Urls = urls }),
        Options.Create(new AriOptions { Password = ariPassword }),
        logger);

    private sealed class WarningLog : ILogger<AdminSecurityWarnings>
    {
        private readonly List<string> messages = [];

        public IReadOnlyList<string> Messages => messages;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            ArgumentNullException.ThrowIfNull(formatter);
            messages.Add(formatter(state, exception));
        }
    }
}
