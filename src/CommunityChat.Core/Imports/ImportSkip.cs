namespace CommunityChat.Core.Imports;

/// <summary>Something the import left out: where (line or item), why, and the first 80 characters of it.</summary>
public sealed record ImportSkip(int Line, ImportSkipReason Reason, string Excerpt);
