using System.Reflection;
using CdsBot.Storage;
using Xunit.Sdk;

namespace CdsBot.Tests.Fixtures;

/// <summary>Runs a theory taking the provider name on SQLite.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OnSqliteAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[StorageProvider.Sqlite]];
}
