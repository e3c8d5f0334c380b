using Antrag.Diagnostics;

namespace Antrag.Read;

/// <summary>Reads a motion YAML file into a <see cref="Motion"/>, reporting every problem with its position.</summary>
public static class MotionReader
{
    private const string EmptyMessage = "the file is empty; expected a motion with at least 'datum', 'betreff' and 'beschlussentwurf'";
    private const string TopLevelHint = "write the motion as lines like 'datum: 28.02.2023', 'betreff: …' and 'beschlussentwurf: …', each starting at the beginning of the line";

    private static readonly KeySpec[] TopKeys =
    [
        KeySpec.Optional("art"),
        KeySpec.Optional("vorlagennummer"),
        KeySpec.Require("datum", "add 'datum:' with the date of the motion, e.g. 'datum: 28.02.2023'"),
        KeySpec.Optional("ort"),
        KeySpec.Optional("oeffentlich"),
        KeySpec.Optional("beratungsfolge"),
        KeySpec.Require("betreff", "add 'betreff:' with the subject of the motion"),
        KeySpec.Require("beschlussentwurf", "add 'beschlussentwurf:' with the text the council is asked to resolve"),
        KeySpec.Optional("begruendung"),
        KeySpec.Optional("unterzeichner"),
        KeySpec.Optional("profil"),
        KeySpec.Optional("zeilennummern"),
    ];

    private static readonly KeySpec[] ConsultationKeys =
    [
        KeySpec.Require("gremium", "add 'gremium:' with the committee, e.g. 'gremium: Rat'"),
        KeySpec.Require("sitzungstermin", "add 'sitzungstermin:' with the date of the meeting, e.g. 'sitzungstermin: 28.02.2023'"),
        KeySpec.Require("beschlussform", "add 'beschlussform:', e.g. 'beschlussform: beschließend'"),
    ];

    private static readonly KeySpec[] SignerKeys =
    [
        KeySpec.Require("name", "add 'name:' with the signer's name"),
        KeySpec.Optional("funktion"),
    ];

    /// <summary>
    /// Reads a motion file. <paramref name="displayPath"/> is the path as the user typed it (used in every diagnostic);
    /// <paramref name="fullPath"/> is where to read. Returns null if any error was reported into <paramref name="diagnostics"/>.
    /// </summary>
    public static Motion? Read(string fullPath, string displayPath, DiagnosticBag diagnostics)
    {
        var context = new ReadContext(displayPath);
        var text = SourceFile.ReadText(fullPath, context);
        var motion = text is null ? null : Bind(text, context);
        context.FlushTo(diagnostics);
        return context.HasErrors ? null : motion;
    }

    /// <summary>Like <see cref="Read"/>, from text already in memory.</summary>
    public static Motion? Parse(string yamlText, string displayPath, DiagnosticBag diagnostics)
    {
        var context = new ReadContext(displayPath);
        var motion = Bind(yamlText, context);
        context.FlushTo(diagnostics);
        return context.HasErrors ? null : motion;
    }

    private static Motion? Bind(string text, ReadContext context)
    {
        var root = YamlLoader.Load(text, context, EmptyMessage, TopLevelHint);
        if (root is null)
        {
            return null;
        }

        var map = MappingBinder.Bind(context, root, string.Empty, TopKeys, context.FileStart);
        var kind = map.Word("art", "antrag");
        var referenceNumber = map.Line("vorlagennummer");
        var date = map.Date("datum");
        var place = map.Line("ort");
        var isPublic = map.Bool("oeffentlich");

        var consultations = new List<Consultation>();
        foreach (var entry in map.Entries(
            "beratungsfolge",
            ConsultationKeys,
            "start each entry with '- ' on its own line, e.g. '- gremium: Rat', with 'sitzungstermin:' and 'beschlussform:' below it, indented like 'gremium'"))
        {
            var committee = entry.Line("gremium");
            var meetingDate = entry.Date("sitzungstermin");
            var role = entry.Line("beschlussform");
            if (committee is not null && meetingDate is { } meeting && role is not null)
            {
                consultations.Add(new Consultation(committee, meeting, role));
            }
        }

        var subject = map.Text("betreff");
        var draft = map.Text("beschlussentwurf");
        var reasoning = map.Text("begruendung");

        var signers = new List<Signer>();
        foreach (var entry in map.Entries(
            "unterzeichner",
            SignerKeys,
            "start each signer with '- name: …' on its own line, and write 'funktion: …' below it, indented like 'name'"))
        {
            var name = entry.Line("name");
            var role = entry.Line("funktion");
            if (name is not null)
            {
                signers.Add(new Signer(name, role));
            }
        }

        var profilePath = map.Line("profil");
        var lineNumbers = LineNumberingReader.Read(map, "zeilennummern", out var lineNumbersOff);

        if (context.HasErrors || date is null || subject is null || draft is null)
        {
            return null;
        }

        return new Motion
        {
            SourcePath = context.DisplayPath,
            Kind = kind ?? "antrag",
            ReferenceNumber = referenceNumber,
            Date = date.Value,
            Place = place,
            IsPublic = isPublic ?? true,
            Consultations = consultations,
            Subject = subject,
            DraftResolution = draft,
            Reasoning = reasoning,
            Signers = signers,
            ProfilePath = profilePath,
            LineNumbers = lineNumbers,
            LineNumbersOff = lineNumbersOff,
            Positions = context.Positions,
        };
    }
}
