using System.Text;
using CallTracker.Pbx.Webhooks;

namespace CallTracker.Tests.Pbx.Webhooks;

public sealed class WebhookSignatureTests
{
    [Test]
    public void Signature_is_hex_hmac_sha256_of_timestamp_dot_body()
    {
        // Expected value from Python: hmac.new(b"0123456789abcdef-secret", b'1700000000.{"type":"call.ended"}', hashlib.sha256).hexdigest()
        var signature = WebhookSignature.Sign("0123456789abcdef-secret", 1_700_000_000, Encoding.UTF8.GetBytes("""{"type":"call.ended"}"""));

        Assert.That(signature, Is.EqualTo("sha256=b7d70f82e2cd6561db18b61ffe9c186961b0bd6e208900746bc2d476ac10100d"));
    }

    [Test]
    public void Another_timestamp_or_secret_gives_another_signature()
    {
        var body = Encoding.UTF8.GetBytes("{}");
        var signature = WebhookSignature.Sign("0123456789abcdef-secret", 1, body);

        Assert.That(WebhookSignature.Sign("0123456789abcdef-secret", 2, body), Is.Not.EqualTo(signature));
        Assert.That(WebhookSignature.Sign("0123456789abcdef-other!", 1, body), Is.Not.EqualTo(signature));
    }
}
