#!/usr/bin/env python3
"""Writes samples/zorggroep-rivierenland/source/meldcode.html: a long meldcode (40+ PDF pages)
of an invented care group, for the speed benchmark and the evaluation. All wording is ours; the
appendix tables are generated from small word lists so the file is deterministic."""
import html, random, sys, os

rnd = random.Random(2024)  # fixed seed: the same file every time
OUT = sys.argv[1] if len(sys.argv) > 1 else "samples/zorggroep-rivierenland/source/meldcode.html"

def p(t): return "<p>" + html.escape(t) + "</p>\n"
def h(n, t): return f"<h{n}>" + html.escape(t) + f"</h{n}>\n"
def ul(items): return "<ul>\n" + "".join("<li>" + html.escape(i) + "</li>\n" for i in items) + "</ul>\n"
def table(head, rows):
    s = '<table border="1">\n<tr>' + "".join("<th>" + html.escape(c) + "</th>" for c in head) + "</tr>\n"
    for r in rows:
        s += "<tr>" + "".join("<td>" + html.escape(c) + "</td>" for c in r) + "</tr>\n"
    return s + "</table>\n"

CORE = [
 (1, "Meldcode huiselijk geweld en kindermishandeling"),
 ("p", "Stichting Zorggroep Rivierenland – verpleeghuiszorg, thuiszorg, revalidatie en jeugdgezondheidszorg in het rivierengebied."),
 ("p", "Versie 5.0. Vastgesteld door de raad van bestuur op 18 november 2024, na instemming van de centrale cliëntenraad. Deze meldcode wordt elke twee jaar herzien."),
 (2, "1. Inleiding en reikwijdte"),
 ("p", "Zorggroep Rivierenland heeft ruim vierduizend medewerkers op tachtig locaties. Onze medewerkers zien cliënten thuis, in het verpleeghuis, op de revalidatieafdeling en op het consultatiebureau. Deze meldcode beschrijft in vijf stappen wat iedere medewerker doet bij signalen van huiselijk geweld, ouderenmishandeling of kindermishandeling. Hij geldt voor alle medewerkers, leerlingen, stagiairs en vrijwilligers."),
 ("p", "De meldcode is gebaseerd op de Wet kwaliteit, klachten en geschillen zorg, de Wmo 2015, de Jeugdwet en het Besluit verplichte meldcode. Sinds 2015 zijn het AMK en het Steunpunt Huiselijk Geweld opgegaan in Veilig Thuis; in deze meldcode spreken wij daarom alleen van Veilig Thuis."),
 (2, "2. Rollen en verantwoordelijkheden"),
 ("p", "In de tabel in bijlage F staat per stap wie wat doet. Kort samengevat: de zorgmedewerker signaleert en legt vast, de aandachtsfunctionaris van de locatie begeleidt stap 2 tot en met 4, en de manager zorg neemt de beslissing of er al dan niet gemeld wordt. De manager zorg is daarmee eindverantwoordelijk voor het besluit om te melden."),
 (2, "3. Aandachtsfunctionarissen"),
 ("p", "Iedere locatie heeft een aandachtsfunctionaris huiselijk geweld en kindermishandeling. Hun namen en telefoonnummers staan in bijlage B. Daarnaast is er een centrale aandachtsfunctionaris bij de afdeling Kwaliteit."),
 ("p", "De aandachtsfunctionaris adviseert collega's die zich zorgen maken, coördineert de stappen van de meldcode, onderhoudt het contact met Veilig Thuis en de ketenpartners, houdt de meldcode actueel en organiseert scholing voor de teams."),
 (2, "4. De vijf stappen"),
 (3, "Stap 1 – Signalen in kaart brengen"),
 ("p", "De medewerker brengt de signalen in kaart en legt zijn observaties feitelijk vast in het elektronisch cliëntdossier. Hij noteert wat hij zag en hoorde, wanneer, en van wie informatie afkomstig is. De signalenlijsten in bijlage A helpen daarbij."),
 ("p", "Kindcheck: bij volwassen cliënten met ernstige psychische problemen, een verslaving of geweld in het gezin vraagt de medewerker of er minderjarige kinderen zijn voor wie de cliënt zorgt en gaat hij na of die kinderen veilig zijn."),
 (3, "Stap 2 – Collegiale consultatie en Veilig Thuis raadplegen"),
 ("p", "De medewerker bespreekt de signalen met de aandachtsfunctionaris van de locatie. Zo nodig vraagt de aandachtsfunctionaris advies aan Veilig Thuis (0800-2000) of aan een deskundige op het gebied van letselduiding. Een adviesvraag aan Veilig Thuis kan anoniem, zonder de naam van de cliënt te noemen."),
 (3, "Stap 3 – Gesprek met de cliënt"),
 ("p", "De medewerker voert, zo nodig samen met de aandachtsfunctionaris, een gesprek met de cliënt en, bij kinderen, met de ouders over de signalen. Hij legt het verslag van het gesprek vast in het dossier."),
 ("p", "Het gesprek wordt overgeslagen als de veiligheid van de cliënt, de medewerker of een ander daardoor in gevaar komt, of als de cliënt daardoor uit beeld dreigt te raken."),
 (3, "Stap 4 – Wegen"),
 ("p", "De aandachtsfunctionaris en de medewerker wegen het risico op geweld en de aard en de ernst ervan. Zij gebruiken daarvoor het afwegingskader in hoofdstuk 5. Bij twijfel wordt altijd Veilig Thuis geraadpleegd."),
 (3, "Stap 5 – Beslissen"),
 ("p", "De manager zorg neemt twee beslissingen. Beslissing 1: is melden noodzakelijk? Beslissing 2: is hulpverlening ook mogelijk? Naast een melding kan de zorg door Rivierenland doorgaan."),
 ("p", "Voordat er gemeld wordt, bespreekt de medewerker de melding met de cliënt of de vertegenwoordiger. Dat gebeurt niet vooraf als de veiligheid van de cliënt of van anderen daardoor in gevaar komt; dan wordt de melding achteraf besproken."),
 ("p", "Bij een melding maakt de melder zich bij Veilig Thuis bekend en geeft hij de gegevens van de cliënt door."),
 (2, "5. Het afwegingskader"),
 ("p", "Afweging 1: Is er op basis van stap 1 tot en met 4 een vermoeden van huiselijk geweld of kindermishandeling? Zo nee: het traject wordt afgesloten en dit wordt vastgelegd in het dossier."),
 ("p", "Afweging 2: Is er sprake van acute of structurele onveiligheid? Zo ja: Rivierenland meldt altijd bij Veilig Thuis."),
 ("p", "Afweging 3: Is Rivierenland in staat om effectieve hulp te bieden of te organiseren? Zo nee: melden."),
 ("p", "Afweging 4: Aanvaarden de betrokkenen de hulp en werken zij mee? Zo nee: melden."),
 ("p", "Afweging 5: Leidt de hulp binnen de afgesproken termijn tot duurzame veiligheid? Zo nee: opnieuw melden bij Veilig Thuis."),
 (2, "6. Acuut gevaar"),
 ("p", "Bij acuut gevaar wacht de medewerker niet op de stappen. Hij belt 112 en informeert daarna de manager zorg en Veilig Thuis."),
 (2, "7. Bijzondere vormen van geweld"),
 ("p", "Voor eergerelateerd geweld, huwelijksdwang en achterlating geldt: bespreek de signalen nooit met de familie voordat de centrale aandachtsfunctionaris en Veilig Thuis zijn geraadpleegd. Bij signalen van vrouwelijke genitale verminking, bijvoorbeeld een aangekondigde reis naar het land van herkomst, neemt de jeugdverpleegkundige dezelfde dag contact op met Veilig Thuis. Ouderenmishandeling, waaronder financiële uitbuiting en ontspoorde mantelzorg, krijgt in onze ouderenzorg extra aandacht."),
 (2, "8. Beroepsgeheim en privacy"),
 ("p", "Alle medewerkers hebben een beroepsgeheim of een afgeleid beroepsgeheim. Rivierenland verwerkt persoonsgegevens volgens de AVG. Het meldrecht geeft medewerkers het recht om zonder toestemming van de cliënt gegevens aan Veilig Thuis te verstrekken als dat nodig is om geweld te stoppen of een vermoeden te onderzoeken."),
 (2, "9. Vastleggen"),
 ("p", "Alle stappen, consultaties, gesprekken en besluiten worden vastgelegd in het cliëntdossier. Het besluit wordt vastgelegd met de overwegingen, ook als besloten wordt niet te melden."),
 (2, "10. Kennis en gebruik"),
 ("p", "Alle zorgmedewerkers volgen de e-learning meldcode bij indiensttreding en daarna elke twee jaar. Het scholingsplan staat in bijlage D. De meldcode is onderdeel van het inwerkprogramma voor nieuwe medewerkers."),
 (2, "11. Monitoring en evaluatie"),
 ("p", "De centrale aandachtsfunctionaris houdt per locatie een overzicht bij van het aantal adviesvragen en meldingen. De raad van bestuur evalueert de meldcode elk jaar aan de hand van dat overzicht."),
]

def core():
    out = ""
    for kind, text in CORE:
        out += p(text) if kind == "p" else h(kind, text)
    return out

AGE = ["0 tot 4 jaar", "4 tot 12 jaar", "12 tot 18 jaar", "volwassenen", "ouderen"]
BODY = ["blauwe plekken op ongebruikelijke plaatsen", "brandwonden met een vaste vorm", "botbreuken zonder passende verklaring",
        "striemen op rug of billen", "onverzorgd uiterlijk", "ondervoeding", "slecht verzorgde wondjes", "herhaald letsel",
        "gebitsproblemen die niet worden behandeld", "vermagering zonder medische oorzaak", "krabwonden in de hals", "beten"]
BEHAV = ["angstig of schrikachtig gedrag", "terugtrekken uit contact", "plotselinge gedragsverandering", "agressie naar anderen",
         "slaapproblemen", "bevroren waakzaamheid", "overmatig aanpassen", "weglopen", "zelfbeschadiging", "schoolverzuim",
         "vermijden van lichamelijk contact", "niet naar huis willen", "somberheid", "seksueel gedrag dat niet past bij de leeftijd"]
CARER = ["ouder of mantelzorger reageert afwerend op vragen", "afspraken worden vaak afgezegd", "de partner voert steeds het woord",
         "geldzaken worden door een familielid beheerd zonder afspraken", "de verzorger is zelf overbelast", "alcoholgebruik in huis",
         "spanningen tussen partners", "de cliënt mag geen bezoek ontvangen", "medicatie wordt achtergehouden", "geïsoleerd leven"]

def signals():
    out = h(2, "Bijlage A – Signalenlijsten per leeftijdsgroep")
    out += p("De lijsten hieronder zijn hulpmiddelen. Eén signaal bewijst niets; het gaat om het totaalbeeld en om de verandering in de tijd.")
    for age in AGE:
        out += h(3, "Signalen bij " + age)
        for title, words in (("Lichamelijke signalen", BODY), ("Signalen in gedrag", BEHAV), ("Signalen bij ouders of verzorgers", CARER)):
            out += h(3, title + " (" + age + ")")
            rows = []
            for i, w in enumerate(words):
                rows.append([str(i + 1), w, rnd.choice(["vaak gezien", "soms gezien", "zelden gezien"]),
                             rnd.choice(["noteer datum en plaats", "beschrijf wat u zag", "vraag naar de toedracht", "maak geen foto's zonder toestemming"])])
            out += table(["Nr.", "Signaal", "Hoe vaak in deze groep", "Wat u noteert"], rows)
    return out

TOWNS = ["Tiel", "Culemborg", "Geldermalsen", "Zaltbommel", "Druten", "Wijchen", "Beneden-Leeuwen", "Maurik", "Kesteren",
         "Elst", "Zetten", "Ochten", "Heteren", "Bemmel", "Leerdam", "Gorinchem", "Vianen", "Buren", "Lienden", "Waardenburg"]
KINDS = ["verpleeghuis", "thuiszorgteam", "revalidatiecentrum", "consultatiebureau"]
FIRST = ["Anna", "Bram", "Carla", "Daan", "Eva", "Frank", "Greetje", "Hamid", "Ilse", "Joost", "Karin", "Lotte", "Mehmet", "Nina", "Olga", "Pieter", "Rianne", "Sven", "Tamara", "Yusuf"]
LAST = ["de Jong", "Jansen", "Visser", "van Dijk", "Bakker", "Smit", "Meijer", "de Boer", "Mulder", "Bos", "Vos", "Peters", "Hendriks", "Dekker", "van Leeuwen", "Kok"]

def contacts():
    out = h(2, "Bijlage B – Locaties en aandachtsfunctionarissen")
    out += p("Per locatie staan hieronder de teamleider en de aandachtsfunctionaris met hun telefoonnummer. De lijst wordt elk kwartaal bijgewerkt door de afdeling Kwaliteit.")
    rows = []
    for i in range(520):
        town = TOWNS[i % len(TOWNS)]
        kind = KINDS[(i // len(TOWNS)) % len(KINDS)]
        rows.append([f"{kind.capitalize()} {town} {i // (len(TOWNS) * len(KINDS)) + 1}", f"{rnd.choice(['Kerkstraat', 'Dorpsweg', 'Molenlaan', 'Waalkade', 'Lingedijk'])} {rnd.randint(1, 180)}, {town}",
                     f"{rnd.choice(FIRST)} {rnd.choice(LAST)}", f"{rnd.choice(FIRST)} {rnd.choice(LAST)}",
                     f"0344-{rnd.randint(100, 999)} {rnd.randint(100, 999)}"])
    out += table(["Locatie", "Adres", "Teamleider", "Aandachtsfunctionaris", "Telefoon"], rows)
    return out

def case():
    out = h(2, "Bijlage C – Uitgewerkte casus: mevrouw Verbeek")
    steps = [
        ("Signalen", "Mevrouw Verbeek (84) woont met haar zoon. De wijkverpleegkundige ziet bij de wekelijkse wondzorg twee keer blauwe plekken op de bovenarmen. Mevrouw zegt dat zij zich heeft gestoten. De zoon beheert haar bankrekening en mevrouw heeft de laatste weken geen boodschappen in huis. De wijkverpleegkundige noteert dit feitelijk in het dossier, met data."),
        ("Consultatie", "De wijkverpleegkundige bespreekt haar zorgen met de aandachtsfunctionaris van het thuiszorgteam. Samen vragen zij anoniem advies aan Veilig Thuis. Veilig Thuis adviseert om eerst met mevrouw alleen te praten."),
        ("Gesprek", "De wijkverpleegkundige spreekt mevrouw als de zoon niet thuis is. Mevrouw vertelt dat haar zoon soms hard tegen haar is en dat zij geen geld krijgt voor boodschappen. Zij wil niet dat haar zoon in de problemen komt."),
        ("Wegen", "De aandachtsfunctionaris en de wijkverpleegkundige lopen het afwegingskader door. Er is een vermoeden van ouderenmishandeling en financiële uitbuiting. Er is sprake van structurele onveiligheid: het gebeurt al maanden en mevrouw is afhankelijk van haar zoon."),
        ("Beslissen", "De manager zorg besluit dat melden noodzakelijk is. De wijkverpleegkundige vertelt mevrouw vooraf dat er een melding wordt gedaan. De thuiszorg gaat door; met Veilig Thuis wordt afgesproken dat het wijkteam de financiën met mevrouw bekijkt."),
        ("Vervolg", "Na zes weken is er een bewindvoerder en komt de zoon niet meer onaangekondigd. De wijkverpleegkundige blijft alert op nieuwe signalen. Alles wordt in het dossier vastgelegd."),
    ]
    for title, text in steps:
        out += h(3, title) + p(text)
    return out

FUNCS = ["Verzorgende IG", "Wijkverpleegkundige", "Verpleegkundige", "Helpende", "Huishoudelijk medewerker", "Fysiotherapeut",
         "Ergotherapeut", "Specialist ouderengeneeskunde", "Jeugdverpleegkundige", "Jeugdarts", "Teamleider", "Manager zorg",
         "Aandachtsfunctionaris", "Activiteitenbegeleider", "Vrijwilliger", "Leerling-verpleegkundige", "Psycholoog", "Logopedist"]
MODS = ["e-learning meldcode basis", "training signaleren", "gespreksvaardigheid bij zorgen", "afwegingskader in de praktijk",
        "ouderenmishandeling herkennen", "kindcheck", "intervisie casuïstiek", "opfrisbijeenkomst aandachtsfunctionarissen"]

def training():
    out = h(2, "Bijlage D – Scholingsplan")
    out += p("Het scholingsplan geeft per functie aan welke modules verplicht zijn en in welk jaar. De afdeling Opleiden houdt bij wie welke module heeft gevolgd.")
    for year in (2025, 2026, 2027, 2028):
        out += h(3, f"Scholingsplan {year}")
        rows = []
        for f in FUNCS:
            for m in MODS:
                if rnd.random() < 0.55:
                    rows.append([f, m, rnd.choice(["verplicht", "aanbevolen"]), rnd.choice(["kwartaal 1", "kwartaal 2", "kwartaal 3", "kwartaal 4"]),
                                 f"{rnd.choice([1, 2, 3, 4])} uur"])
        out += table(["Functie", "Module", "Status", "Planning", "Duur"], rows)
    return out

PARTNERS = ["Veilig Thuis Gelderland-Zuid", "Sociaal wijkteam", "Huisartsenpost", "Politie basisteam", "GGD jeugdgezondheidszorg",
            "Maatschappelijk werk", "Schuldhulpverlening", "Casemanager dementie", "Vrouwenopvang", "Slachtofferhulp"]

def social_map():
    out = h(2, "Bijlage E – Sociale kaart per gemeente")
    for town in TOWNS:
        out += h(3, "Gemeente " + town)
        rows = [[pt, f"0{rnd.choice([344, 345, 418, 487, 24])}-{rnd.randint(100, 999)} {rnd.randint(100, 999)}" if pt != PARTNERS[0] else "0800-2000",
                 rnd.choice(["op werkdagen", "24 uur per dag", "via het algemene nummer"])] for pt in PARTNERS]
        out += table(["Organisatie", "Telefoon", "Bereikbaar"], rows)
    return out

def roles():
    out = h(2, "Bijlage F – Wie doet wat per stap")
    rows = [["Stap 1", "Zorgmedewerker", "signaleert en legt vast in het dossier"],
            ["Stap 2", "Zorgmedewerker en aandachtsfunctionaris", "overleggen; aandachtsfunctionaris vraagt zo nodig advies aan Veilig Thuis"],
            ["Stap 3", "Zorgmedewerker", "voert het gesprek met de cliënt"],
            ["Stap 4", "Aandachtsfunctionaris", "weegt met het afwegingskader"],
            ["Stap 5", "Manager zorg", "beslist over melden en hulp"]]
    return out + table(["Stap", "Wie", "Wat"], rows)

doc = ('<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8"><title>Meldcode Zorggroep Rivierenland</title></head>\n<body>\n'
       + core() + signals() + contacts() + case() + training() + social_map() + roles() + "</body></html>\n")
os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w", encoding="utf-8") as f:
    f.write(doc)
print(OUT, len(doc), "characters")
