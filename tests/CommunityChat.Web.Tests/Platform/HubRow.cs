namespace CommunityChat.Web.Tests.Platform;

/// <summary>One hub method, its arguments in a scene, and who may.</summary>
public sealed record HubRow(string Method, Role[] Allowed, Func<MatrixScene, Task<object?[]>> Arguments);
