using CdsBot.Admin.Staff;
using CdsBot.Tests.Fixtures;

namespace CdsBot.Tests.Admin.Staff;

public sealed class StaffPasswordRuleTests
{
    [Theory]
    [InlineData(StaffBot.Password)]
    [InlineData("ruộng-lúa-xanh-mướt-2026")]
    [InlineData("Tra Vinh co 106 xa phuong")]
    public void A_long_uncommon_password_is_accepted(string password) => Assert.Null(StaffPasswordRule.Problem(password));

    [Theory]
    [InlineData("ngắn-quá")]
    [InlineData("aaaaaaaaaaaa")]
    [InlineData("ababababababab")]
    [InlineData("QWERTYUIOP")]
    [InlineData("0987654321")]
    [InlineData("Vietnam@2025")]
    [InlineData("hanoi123456")]
    public void A_short_repetitive_or_common_password_is_refused(string password) => Assert.NotNull(StaffPasswordRule.Problem(password));
}
