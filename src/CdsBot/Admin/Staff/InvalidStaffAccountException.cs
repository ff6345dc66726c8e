namespace CdsBot.Admin.Staff;

/// <summary>A staff account change refused, naming the <see cref="Field"/> at fault ("userName", "role", "password").</summary>
public sealed class InvalidStaffAccountException(string field, string message) : ArgumentException(message)
{
    public string Field { get; } = field;
}
