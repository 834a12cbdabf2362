namespace CommunityChat.Web.Tests.Live;

public sealed class SqliteSequenceTests : SequenceTests
{
    protected override Task<TestApp> StartAppAsync() => Task.FromResult(TestApp.Start());
}
