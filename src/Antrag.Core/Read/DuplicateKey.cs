using YamlDotNet.Core;

namespace Antrag.Read;

/// <summary>A key written twice in one mapping: where the repeat is and where the key first appeared.</summary>
internal sealed record DuplicateKey(string Key, Mark At, Mark FirstAt);
