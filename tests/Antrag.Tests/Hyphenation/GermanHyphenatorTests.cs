using Antrag.Hyphenation;
using Antrag.Tests.Infrastructure;

namespace Antrag.Tests.Hyphenation;

/// <summary>German hyphenation with the shipped Liang patterns: a word list with its expected breaks, and what is never hyphenated.</summary>
public sealed class GermanHyphenatorTests
{
    private static readonly GermanHyphenator Hyphenator = GermanHyphenator.Default;

    /// <summary>The word with a '-' at every place it may break.</summary>
    private static string Marked(string word)
    {
        var marked = word;
        foreach (var p in Hyphenator.Hyphenate(word).Reverse())
        {
            marked = marked.Insert(p, "-");
        }

        return marked;
    }

    /// <summary>The words of words.txt as written there, with their expected breaks.</summary>
    private static List<string> Expected() =>
        File.ReadLines(Path.Combine(RepoPaths.Root, "tests", "Antrag.Tests", "Hyphenation", "words.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Trim())
            .ToList();

    private static string Plain(string expected) => expected.Replace("-", string.Empty, StringComparison.Ordinal);

    public static TheoryData<string> WordList() => [.. Expected()];

    [Fact]
    public void The_word_list_has_at_least_forty_words_and_the_patterns_are_all_loaded()
    {
        Assert.True(Expected().Count >= 40);

        // hyph-de-1996.tex, version 2021-02-26, holds 35056 patterns.
        Assert.Equal(35056, Hyphenator.PatternCount);
    }

    [Theory]
    [MemberData(nameof(WordList))]
    public void A_word_breaks_where_the_list_says(string expected)
    {
        Assert.Equal(expected, Marked(Plain(expected)));
    }

    [Fact]
    public void A_name_kept_whole_stays_whole_even_after_the_same_word_was_hyphenated_elsewhere()
    {
        // The breaks of words are remembered across calls; names to keep are checked before that memory.
        Assert.NotEmpty(Hyphenator.Hyphenate("Beispielmann"));
        Assert.Empty(Hyphenator.Except(["Beispielmann"])("Beispielmann"));
        Assert.Empty(Hyphenator.Except(["Beispielmann"])("Beispielmann,"));
        Assert.Equal(Hyphenator.Hyphenate("Beispielmann"), Hyphenator.Except(["Anna"])("Beispielmann"));
    }

    [Theory]
    [InlineData("Ober-bür-ger-meis-ter")]
    [InlineData("Kli-ma-schutz-kon-zept")]
    [InlineData("Di-gi-ta-li-sie-rungs-auf-ga-ben")]
    [InlineData("Breit-band-aus-bau")]
    [InlineData("Rats-sit-zung")]
    [InlineData("Ver-wal-tung")]
    public void The_words_of_the_brief_break_as_expected(string expected)
    {
        Assert.Equal(expected, Marked(Plain(expected)));
    }

    [Theory]
    [InlineData("„Kli-ma-schutz-kon-zept“,")]
    [InlineData("(Ober-bür-ger-meis-ter).")]
    [InlineData("Ver-wal-tung:")]
    public void Punctuation_around_a_word_is_skipped_and_offsets_count_it(string expected)
    {
        Assert.Equal(expected, Marked(Plain(expected)));
    }

    [Theory]
    [InlineData("4493/23")]
    [InlineData("0342/24")]
    [InlineData("31.03.2025")]
    [InlineData("80.000")]
    [InlineData("2030er")]
    [InlineData("Radverkehrskonzept2030")]
    [InlineData("fraktion@zukunft-musterstadt.example")]
    [InlineData("fraktion@musterstadt.de")]
    [InlineData("www.musterstadt.de")]
    [InlineData("https://www.musterstadt.de/klimaschutzkonzept")]
    [InlineData("http://musterstadt.de")]
    [InlineData("musterstadt.de/verwaltung")]
    [InlineData("Verwaltungsgebäude/Rathaus")]
    [InlineData("ÖPNV-Angebot")]
    [InlineData("Klimaschutz-Sofortprogramm")]
    [InlineData("ÖPNV")]
    [InlineData("STRASSENBAU")]
    [InlineData("KiTa-Plätze")]
    [InlineData("eGovernment")]
    [InlineData("z.B.")]
    [InlineData("Nr.")]
    [InlineData("Straße")]
    [InlineData("Stadt")]
    [InlineData("Rat")]
    [InlineData("")]
    [InlineData("–")]
    public void Numbers_addresses_abbreviations_hyphenated_compounds_and_short_words_are_never_hyphenated(string word)
    {
        Assert.Empty(Hyphenator.Hyphenate(word));
    }

    [Fact]
    public void At_least_two_letters_stay_before_a_break_and_three_go_after_it()
    {
        foreach (var word in Expected().Select(Plain))
        {
            var points = Hyphenator.Hyphenate(word);
            Assert.All(points, p => Assert.InRange(p, GermanHyphenator.LeftMin, word.Length - GermanHyphenator.RightMin));
        }

        // With TeX's right minimum of 2 this would end in "stät-te"; with 3 the two letters stay on the line.
        Assert.Equal("Kin-der-ta-ges-stätte", Marked("Kindertagesstätte"));
    }

    [Fact]
    public void Upper_case_letters_match_their_lower_case_patterns()
    {
        Assert.Equal(Hyphenator.Hyphenate("überschwemmungsgebiet"), Hyphenator.Hyphenate("Überschwemmungsgebiet"));
        Assert.Equal("Öf-fent-lich-keits-ar-beit", Marked("Öffentlichkeitsarbeit"));
        Assert.Equal("Stra-ßen-be-leuch-tung", Marked("Straßenbeleuchtung"));
    }

    [Fact]
    public void Names_given_to_Except_stay_whole_and_other_words_do_not()
    {
        var hyphenate = Hyphenator.Except(["Musterstadt", "Beispiel"]);
        Assert.NotEmpty(Hyphenator.Hyphenate("Musterstadt"));
        Assert.Empty(hyphenate("Musterstadt"));
        Assert.Empty(hyphenate("Musterstadt,"));
        Assert.NotEmpty(hyphenate("Oberbürgermeister"));
    }

    [Fact]
    public void The_hyphenator_gives_the_same_answers_on_many_threads_at_once()
    {
        var words = Expected().Select(Plain).ToArray();
        var expected = words.Select(w => string.Join(",", Hyphenator.Hyphenate(w))).ToArray();
        Parallel.For(0, 2000, i =>
        {
            var k = i % words.Length;
            Assert.Equal(expected[k], string.Join(",", Hyphenator.Hyphenate(words[k])));
        });
    }

    [Fact]
    public void The_patterns_ship_with_their_MIT_licence()
    {
        var folder = Path.Combine(RepoPaths.Root, "hyphenation");
        var header = string.Join("\n", File.ReadLines(Path.Combine(folder, "hyph-de-1996.tex")).Take(45));
        Assert.Contains("name: MIT", header, StringComparison.Ordinal);
        var licence = File.ReadAllText(Path.Combine(folder, "LICENSE.txt"));
        Assert.Contains("Licence: MIT", licence, StringComparison.Ordinal);
        Assert.Contains("Permission is hereby granted, free of charge", licence, StringComparison.Ordinal);
    }
}
