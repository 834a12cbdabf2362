namespace CommunityChat.Core.Imports;

/// <summary>
/// "— Display Name (@handle) June 6, 2019" found in a line, from its dash (<paramref name="Start"/>) to just after
/// its date (<paramref name="End"/>). A null <paramref name="Date"/> marks an attribution whose date cannot be read.
/// </summary>
internal sealed record Attribution(int Start, int End, ImportedAuthor Author, DateOnly? Date);
