using CallTracker.Pbx.Web.Admin;

namespace CallTracker.Tests.Pbx.Web.Admin;

public sealed class SecretHashTests
{
    [Test]
    public void A_password_verifies_against_its_hash_and_nothing_else_does()
    {
        var hash = SecretHash.HashPassword("correct horse", iterations: 1000);

        Assert.That(SecretHash.VerifyPassword("correct horse", hash), Is.True);
        Assert.That(SecretHash.VerifyPassword("correct hors", hash), Is.False);
        Assert.That(hash, Does.Not.Contain("correct"));
    }

    [Test]
    public void Two_hashes_of_one_password_differ_because_each_has_its_own_salt()
    {
        var first = SecretHash.HashPassword("p", 1000);
        var second = SecretHash.HashPassword("p", 1000);

        Assert.That(first, Is.Not.EqualTo(second));
    }

    [Test]
    public void A_new_token_verifies_against_its_hash()
    {
        var token = SecretHash.NewToken();

        Assert.That(SecretHash.VerifyToken(token, SecretHash.HashToken(token)), Is.True);
        Assert.That(SecretHash.VerifyToken(token + "x", SecretHash.HashToken(token)), Is.False);
    }

    [TestCase("")]
    [TestCase("plain-text-password")]
    [TestCase("pbkdf2-sha256$abc$c2FsdA==$aGFzaA==")]
    [TestCase("sha256$short")]
    public void A_malformed_hash_never_verifies(string hash)
    {
        Assert.That(SecretHash.IsWellFormed(hash), Is.False);
        Assert.That(SecretHash.VerifyPassword("anything", hash), Is.False);
        Assert.That(SecretHash.VerifyToken("anything", hash), Is.False);
    }
}
