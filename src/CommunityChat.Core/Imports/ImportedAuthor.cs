namespace CommunityChat.Core.Imports;

/// <summary>A tweet's author; one without an account becomes an unclaimed profile.</summary>
public sealed record ImportedAuthor(string Handle, string DisplayName);
