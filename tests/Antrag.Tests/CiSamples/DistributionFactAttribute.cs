namespace Antrag.Tests.CiSamples;

/// <summary>
/// A test of what a release publishes: it needs the tool packages that <c>release/build.sh</c> made, in the folder that
/// <c>ANTRAG_PACKAGES</c> names. <c>.ci/run</c> builds them and runs these tests (<c>--filter Category=Distribution</c>);
/// elsewhere they are skipped, as packing takes minutes.
/// </summary>
public sealed class DistributionFactAttribute : FactAttribute
{
    public const string PackagesVariable = "ANTRAG_PACKAGES";

    public DistributionFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(PackagesVariable)))
        {
            Skip = $"needs the tool packages of release/build.sh in {PackagesVariable} (.ci/run sets it)";
        }
    }
}
