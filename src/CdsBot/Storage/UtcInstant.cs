using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CdsBot.Storage;

/// <summary>Stores a <see cref="DateTimeOffset"/> as the same instant in UTC, the only offset PostgreSQL's timestamptz accepts.</summary>
internal sealed class UtcInstant() : ValueConverter<DateTimeOffset, DateTimeOffset>(value => value.ToUniversalTime(), value => value);
