namespace CommunityChat.Core.Tests.Imports;

/// <summary>The hand-written records under Imports/Samples, copied next to the test assembly.</summary>
internal static class SampleFile
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Imports", "Samples", name));
}
