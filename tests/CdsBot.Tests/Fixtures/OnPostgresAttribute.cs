using System.Reflection;
using CdsBot.Storage;
using Xunit.Sdk;

namespace CdsBot.Tests.Fixtures;

/// <summary>
/// Runs a theory taking the provider name on PostgreSQL (see <see cref="TestDatabase"/>); skipped, with the reason, where
/// no server is named and CI is not set.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OnPostgresAttribute : DataAttribute
{
    public OnPostgresAttribute() => Skip = TestDatabase.PostgresSkipReason;

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[StorageProvider.Postgres]];
}
