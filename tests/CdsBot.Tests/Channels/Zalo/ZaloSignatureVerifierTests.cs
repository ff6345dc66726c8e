using System.Text;
using CdsBot.Channels.Zalo;

namespace CdsBot.Tests.Channels.Zalo;

/// <summary>
/// X-ZEvent-Signature against a known answer: the expected value was computed once outside the code under test, with
/// coreutils over the bytes app_id + body + timestamp + OA secret key:
/// <c>printf '%s' "$APP_ID$BODY$TIMESTAMP$KEY" | sha256sum</c>.
/// </summary>
public sealed class ZaloSignatureVerifierTests
{
    private const string AppId = "3581902387463729";
    private const string Timestamp = "1733212800000";
    private const string OaSecretKey = "Zx7kQp2LmN9vRt4s";
    private const string Body = """{"app_id":"3581902387463729","event_name":"user_send_text","timestamp":"1733212800000","sender":{"id":"246813579"},"message":{"msg_id":"c0ffee","text":"Cho tôi hỏi VNeID"}}""";
    private const string KnownSignature = "mac=ca1628f1909f65f732b137f019a25395b13efc1a763fda26610925caccc1c2a9";

    private static readonly byte[] RawBody = Encoding.UTF8.GetBytes(Body);

    [Fact]
    public void The_known_signature_is_accepted()
    {
        Assert.True(ZaloSignatureVerifier.IsValid(KnownSignature, AppId, RawBody, Timestamp, OaSecretKey));
    }

    [Fact]
    public void The_signature_computed_is_the_known_one()
    {
        Assert.Equal(KnownSignature, "mac=" + ZaloSignatureVerifier.Compute(AppId, RawBody, Timestamp, OaSecretKey));
    }

    [Fact]
    public void The_known_signature_in_upper_case_hex_is_accepted()
    {
        Assert.True(ZaloSignatureVerifier.IsValid("mac=" + KnownSignature[4..].ToUpperInvariant(), AppId, RawBody, Timestamp, OaSecretKey));
    }

    [Fact]
    public void One_changed_byte_of_the_body_is_refused()
    {
        var tampered = Encoding.UTF8.GetBytes(Body.Replace("VNeID", "VNeId", StringComparison.Ordinal));
        Assert.False(ZaloSignatureVerifier.IsValid(KnownSignature, AppId, tampered, Timestamp, OaSecretKey));
    }

    [Theory]
    [InlineData("3581902387463728", Timestamp, OaSecretKey)]
    [InlineData(AppId, "1733212800001", OaSecretKey)]
    [InlineData(AppId, Timestamp, "Zx7kQp2LmN9vRt4S")]
    public void Another_app_timestamp_or_key_is_refused(string appId, string timestamp, string key)
    {
        Assert.False(ZaloSignatureVerifier.IsValid(KnownSignature, appId, RawBody, timestamp, key));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("mac=")]
    [InlineData("mac=ca1628f1909f65f732b137f019a25395b13efc1a763fda26610925caccc1c2a")]
    public void A_missing_empty_or_truncated_signature_is_refused(string? header)
    {
        Assert.False(ZaloSignatureVerifier.IsValid(header, AppId, RawBody, Timestamp, OaSecretKey));
    }
}
