namespace CommunityChat.Web.Tests.Platform;

/// <summary>One API endpoint: its route as the app declares it (method and pattern), a request to it, and who may.</summary>
/// <param name="Path">Placeholders in braces are filled from a <see cref="MatrixScene"/>: {chat}, {post}, {n} …</param>
/// <param name="Body">JSON, or text after "text:" for a text/plain body; placeholders are filled here too.</param>
public sealed record ApiRow(string Route, string Path, Role[] Allowed, string? Body = null);
