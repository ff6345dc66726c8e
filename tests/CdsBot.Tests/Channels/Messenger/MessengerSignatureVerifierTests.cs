using System.Text;
using CdsBot.Channels.Messenger;

namespace CdsBot.Tests.Channels.Messenger;

/// <summary>
/// X-Hub-Signature-256 against a known answer: the expected value was computed once outside the code under test, with
/// OpenSSL over the raw body: <c>printf '%s' "$BODY" | openssl dgst -sha256 -hmac "$APP_SECRET"</c>.
/// </summary>
public sealed class MessengerSignatureVerifierTests
{
    private const string AppSecret = "d41d8cd98f00b204e9800998ecf8427e";
    private const string Body = """{"object":"page","entry":[{"id":"1234567890","time":1733212800000,"messaging":[{"sender":{"id":"9876543210"},"recipient":{"id":"1234567890"},"timestamp":1733212800000,"message":{"mid":"m_abc","text":"Chữ ký số là gì?"}}]}]}""";
    private const string KnownSignature = "sha256=ce3b78641ed11d9a80f8ea211e45f6199b37a5dcd66ca5331c78bad5e4ffaf55";

    private static readonly byte[] RawBody = Encoding.UTF8.GetBytes(Body);

    [Fact]
    public void The_known_signature_is_accepted()
    {
        Assert.True(MessengerSignatureVerifier.IsValid(KnownSignature, RawBody, AppSecret));
    }

    [Fact]
    public void The_signature_computed_is_the_known_one()
    {
        Assert.Equal(KnownSignature, MessengerSignatureVerifier.Compute(RawBody, AppSecret));
    }

    [Fact]
    public void One_changed_byte_of_the_body_is_refused()
    {
        var tampered = Encoding.UTF8.GetBytes(Body.Replace("m_abc", "m_abd", StringComparison.Ordinal));
        Assert.False(MessengerSignatureVerifier.IsValid(KnownSignature, tampered, AppSecret));
    }

    [Fact]
    public void Another_app_secret_is_refused()
    {
        Assert.False(MessengerSignatureVerifier.IsValid(KnownSignature, RawBody, "d41d8cd98f00b204e9800998ecf8427f"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ce3b78641ed11d9a80f8ea211e45f6199b37a5dcd66ca5331c78bad5e4ffaf55")] // no "sha256=" prefix
    [InlineData("sha1=ce3b78641ed11d9a80f8ea211e45f6199b37a5dcd66ca5331c78bad5e4ffaf55")] // the legacy header's scheme
    [InlineData("sha256=")]
    [InlineData("sha256=ce3b78641ed11d9a80f8ea211e45f6199b37a5dcd66ca5331c78bad5e4ffaf5")]
    public void A_missing_unprefixed_legacy_or_truncated_signature_is_refused(string? header)
    {
        Assert.False(MessengerSignatureVerifier.IsValid(header, RawBody, AppSecret));
    }
}
