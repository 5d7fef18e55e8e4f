using CallTracker.Pbx.Web.Admin;

namespace CallTracker.Tests.Pbx.Web.Admin;

public sealed class AdminOptionsValidatorTests
{
    [Test]
    public void A_plain_text_password_and_a_malformed_token_hash_are_each_named()
    {
        var options = new AdminOptions { PasswordHash = "hunter2", TokenHashes = [AdminCredentials.TokenHash, "abc"] };

        var result = new AdminOptionsValidator().Validate(null, options);

        Assert.That(result.Failures, Has.Some.StartWith("appsettings.json: Admin:PasswordHash is not a password hash"));
        Assert.That(result.Failures, Has.Some.StartWith("appsettings.json: Admin:TokenHashes[1] is not a token hash"));
        Assert.That(result.Failures!.Count(), Is.EqualTo(2));
    }

    [Test]
    public void A_sign_in_limit_of_zero_is_named_with_its_key()
    {
        var options = new AdminOptions { PasswordHash = AdminCredentials.PasswordHash, SignInBurst = 0, SignInAttemptsPerMinute = 0 };

        var result = new AdminOptionsValidator().Validate(null, options);

        Assert.That(result.Failures, Is.EqualTo(new[]
        {
            "appsettings.json: Admin:SignInBurst 0 must be from 1 to 1000.",
            "appsettings.json: Admin:SignInAttemptsPerMinute 0 must be from 1 to 6000.",
        }));
    }

    [Test]
    public void The_test_credentials_are_valid() =>
        Assert.That(new AdminOptionsValidator().Validate(null, new AdminOptions { PasswordHash = AdminCredentials.PasswordHash, TokenHashes = [AdminCredentials.TokenHash] }).Succeeded, Is.True);
}
