"""The demo handbook: a condensed version of the national anchor work handbook (Ministry of the
Interior publication 2019:21) in Finnish, Swedish and English, and the leaflet (appendices 5–7).

Every text is a triple (fi, sv, en) so the three language versions share one structure, which
is what lets the demo loader publish the sv and en pages as real translations of the fi ones.
"""


def t(fi, sv, en):
    return {"fi": fi, "sv": sv, "en": en}


EDITION = {
    "title": t(
        "Ankkuritoiminnan käsikirja", "Handbok för ankarverksamheten", "Anchor work handbook"
    ),
    "slug": t("kasikirja", "handbok", "manual"),
    "year": 2019,
    "publisher": t(
        "Sisäministeriön julkaisuja 2019:21",
        "Inrikesministeriets publikationer 2019:21",
        "Publications of the Ministry of the Interior 2019:21",
    ),
    "intro": t(
        "<p>Käsikirja tukee ankkuritoiminnan toteuttamista, kehittämistä ja arviointia koko "
        "maassa. Tämä on käsikirjan tiivistelmä; jokainen luku ja pääluku on mukana.</p>",
        "<p>Handboken stöder genomförandet, utvecklingen och bedömningen av ankarverksamheten "
        "i hela landet. Detta är ett sammandrag; varje kapitel och huvudavsnitt finns med.</p>",
        "<p>The handbook supports carrying out, developing and evaluating anchor work across "
        "Finland. This is a condensed version; every chapter and main section is included.</p>",
    ),
}

TABLE_5 = {
    "number": 5,
    "caption": t(
        "Ankkuritapaamisen jälkeen tilastoitavat tiedot",
        "Uppgifter som ska statistikföras efter en ankarträff",
        "Data recorded after an anchor meeting",
    ),
    "columns": [
        t("Tiedot", "Uppgifter", "Data"),
        t("Tilastoitavat asiat", "Det som statistikförs", "What is recorded"),
    ],
    "rows": [
        [
            t("Nuoresta", "Om den unga", "About the young person"),
            t(
                "syntymävuosi; kotikunta; tapaamisen syy; ankkuritoiminnassa tehty "
                "lastensuojeluilmoitus; mahdollinen rikosnimike",
                "födelseår; hemort; orsaken till ankarträffen; barnskyddsanmälan som registrerats "
                "i ankarverksamheten; eventuell brottsbenämning",
                "birth year; home municipality; reason for the meeting; child-welfare "
                "notification registered in anchor work; offence type, if any",
            ),
        ],
        [
            t("Tapaamisesta", "Om träffen", "About the meeting"),
            t(
                "ilmoituksen päivämäärä (pp.kk.vvvv); tapaamisen päivämäärä; kuka ohjasi nuoren; "
                "onko nuori ollut aiemmin asiakkaana; monesko tapaaminen; miten palvelutarpeen "
                "arviointi tehtiin; jatkuuko työ muissa palveluissa ja missä",
                "när anmälan gjorts (dd.mm.åååå); när träffen ägt rum; vem som hänvisat den unga; "
                "har den unga tidigare varit klient; vilken träff i ordningen; hur bedömningen "
                "av servicebehov genomförts; fortsätter arbetet inom andra tjänster och var",
                "date of the notification (dd.mm.yyyy); date of the meeting; who referred the "
                "young person; client before or not; ordinal of the meeting; how the "
                "service-needs assessment was done; does work continue in other services, where",
            ),
        ],
    ],
}

TABLE_6 = {
    "number": 6,
    "caption": t(
        "Esimerkkejä julkisen sektorin yhteistyökumppaneista",
        "Exempel på samarbetspartner inom den offentliga sektorn",
        "Examples of public-sector partners",
    ),
    "columns": [
        t("Sektori", "Sektor", "Sector"),
        t("Toimijoita, esim.", "Aktörer, t.ex.", "Actors, e.g."),
    ],
    "rows": [
        [
            t("Kriisipalvelut", "Kristjänster", "Crisis services"),
            t(
                "lasten- ja nuorisokodit, ensi- ja turvakodit, kriisikeskukset",
                "barnhem och ungdomshem, mödrahem och skyddshem, kriscenter",
                "children's and youth homes, mother and child homes and shelters, crisis centres",
            ),
        ],
        [
            t("Nuorisotoimi", "Ungdomsväsendet", "Youth services"),
            t(
                "nuorisotalot, erityisnuorisotyö, etsivä nuorisotyö",
                "ungdomsgårdar, specialungdomsarbete, uppsökande ungdomsarbete",
                "youth centres, special youth work, outreach youth work",
            ),
        ],
        [
            t("Opetustoimi", "Undervisningsväsendet", "Education"),
            t(
                "opettajat, rehtorit, koulukuraattorit, erityiskoulut",
                "lärare, rektorer, skolkuratorer, specialskolor",
                "teachers, head teachers, school social workers, special schools",
            ),
        ],
        [
            t("Poliisi", "Polisen", "Police"),
            t("ennalta estävä toiminta", "förebyggande verksamhet", "preventive policing"),
        ],
        [
            t(
                "Muut rikosasioiden palvelut",
                "Andra tjänster som gäller brottsärenden",
                "Other crime-related services",
            ),
            t(
                "Rikosseuraamuslaitos, Rikosuhripäivystys, sovittelu, oikeusaputoimisto",
                "brottspåföljdsmyndigheten, brottsofferjouren, medling, rättshjälpsbyrån",
                "Criminal Sanctions Agency, victim support, mediation, legal aid office",
            ),
        ],
        [
            t("Sosiaalitoimi", "Socialväsendet", "Social services"),
            t(
                "lastensuojelu, perhetyö, aikuissosiaalityö, vammaispalvelut",
                "barnskyddet, familjearbete, socialarbete bland vuxna, funktionshinderservice",
                "child welfare, family work, adult social work, disability services",
            ),
        ],
        [
            t("Terveystoimi", "Hälsovårdsväsendet", "Health services"),
            t(
                "kouluterveydenhoitajat, koululääkärit, perheneuvola, psykiatria, päihdehoito",
                "skolhälsovårdare, skolläkare, familjerådgivning, psykiatri, missbrukarvård",
                "school nurses, school doctors, family counselling, psychiatry, substance abuse "
                "care",
            ),
        ],
        [
            t("Muut palvelut", "Andra tjänster", "Other services"),
            t(
                "pelastustoimi, vastaanottokeskukset, työllisyyspalvelut, ELY-keskus",
                "räddningsväsendet, förläggningar, sysselsättningstjänster, NTM-centralen",
                "rescue services, reception centres, employment services, ELY Centre",
            ),
        ],
    ],
}

TABLE_7 = {
    "number": 7,
    "caption": t(
        "Mahdollisia valtakunnallisia yhteistyökumppaneita",
        "Potentiella samarbetspartner inom ankarverksamheten",
        "Potential national partners",
    ),
    "columns": [
        t("Toiminta", "Verksamhet", "Programme"),
        t("Tarkoitus ja kohderyhmä", "Syfte och målgrupp", "Purpose and target group"),
        t("Valtakunnallinen ohjaus", "Riksomfattande styrning", "National steering"),
    ],
    "rows": [
        [
            t(
                "Rikosuhripäivystys (RIKU)",
                "Brottsofferjouren (RIKU)",
                "Victim Support Finland (RIKU)",
            ),
            t(
                "Tukea ja neuvontaa rikoksen uhreille, läheisille ja todistajille.",
                "Stöd och handledning för brottsoffer, anhöriga och vittnen.",
                "Support and guidance for victims of crime, their families and witnesses.",
            ),
            t("Oikeusministeriö", "Justitieministeriet", "Ministry of Justice"),
        ],
        [
            t("Exit", "Exit", "Exit"),
            t(
                "Tukea väkivaltaisesta ekstremismistä irrottautuville ja heidän läheisilleen.",
                "Stöd för den som vill frigöra sig från våldsbejakande extremism och för anhöriga.",
                "Support for people leaving violent extremism and for their families.",
            ),
            t("Sisäministeriö", "Inrikesministeriet", "Ministry of the Interior"),
        ],
        [
            t("Marak", "Marak", "Marak"),
            t(
                "Nopeaa apua lähisuhdeväkivaltaa kokeneille; moniammatillinen turvasuunnitelma.",
                "Snabb hjälp för offer för våld i nära relationer; en multiprofessionell "
                "skyddsplan.",
                "Quick help for victims of domestic violence; a multi-professional safety plan.",
            ),
            t(
                "Terveyden ja hyvinvoinnin laitos",
                "Institutet för hälsa och välfärd",
                "Finnish Institute for Health and Welfare",
            ),
        ],
        [
            t(
                "Rikos- ja riita-asioiden sovittelu",
                "Medling i brott- och tvistemål",
                "Mediation in criminal and civil cases",
            ),
            t(
                "Maksutonta ja luottamuksellista sovittelua rikoksen tai riidan osapuolille.",
                "Avgiftsfri och konfidentiell medling för parterna i ett brott- eller tvistemål.",
                "Free, confidential mediation for the parties of an offence or a dispute.",
            ),
            t(
                "Terveyden ja hyvinvoinnin laitos",
                "Institutet för hälsa och välfärd",
                "Finnish Institute for Health and Welfare",
            ),
        ],
        [
            t("Vamos", "Vamos", "Vamos"),
            t(
                "Yksilöllistä tukea 16–29-vuotiaille, jotka ovat jäämässä palvelujen ulkopuolelle.",
                "Individuellt stöd för 16–29-åringar som riskerar att hamna utanför tjänsterna.",
                "Individual support for 16–29-year-olds at risk of falling outside services.",
            ),
            t(
                "Sosiaali- ja terveysministeriö",
                "Social- och hälsovårdsministeriet",
                "Ministry of Social Affairs and Health",
            ),
        ],
        [
            t("Ohjaamo", "Navigatorn", "Ohjaamo (Navigator)"),
            t(
                "Neuvontaa ja ohjausta alle 30-vuotiaille arkeen, opiskeluun ja työhön.",
                "Rådgivning och handledning för unga under 30 år i vardag, studier och arbete.",
                "Advice and guidance for under-30s on daily life, studies and work.",
            ),
            t(
                "Työ- ja elinkeinoministeriö",
                "Arbets- och näringsministeriet",
                "Ministry of Economic Affairs and Employment",
            ),
        ],
    ],
}

TABLE_17 = {
    "number": 17,
    "caption": t(
        "Ankkuritoiminnan tilastointi ja raportointi",
        "Statistikföring och rapportering av ankarverksamheten",
        "Statistics and reporting of anchor work",
    ),
    "columns": [
        t("Tietoryhmä", "Uppgiftsgrupp", "Group"),
        t("Tilastoitavat tiedot", "Uppgifter", "Data"),
    ],
    "rows": [
        [
            t("Asiakkuudet", "Klientrelationer", "Clients"),
            t(
                "ankkuri-ilmoitusten, asiakkaiden ja tapaamisten määrä; reagointiaika; ohjaajat; "
                "ikäjakauma; kotikunnat; syyt; uudet ja palaavat asiakkaat; rikosnimikkeet; "
                "lastensuojeluilmoitukset; palvelutarpeen arvioinnit; epäillyt "
                "radikalisoitumistapaukset; "
                "jatko-ohjaukset",
                "antal ankaranmälningar, klienter och träffar; reaktionstid; vem som hänvisat; "
                "åldersfördelning; hemorter; orsaker; nya och återkommande klienter; "
                "brottsbenämningar; "
                "barnskyddsanmälningar; bedömningar av servicebehov; misstänkt radikalisering; "
                "vidare hänvisning",
                "numbers of anchor notifications, clients and meetings; reaction time; referral "
                "sources; age distribution; home municipalities; reasons; new and returning "
                "clients; "
                "offence types; child-welfare notifications; service-needs assessments; suspected "
                "radicalisation; onward referrals",
            ),
        ],
        [
            t("Henkilöstö ja työ", "Personalen och arbetet", "Staff and work"),
            t(
                "ammattiryhmät, henkilömäärä ja työaika; täydennyskoulutuspäivät; työtilat",
                "expertgrupper, antal medarbetare och arbetstid; fortbildningsdagar; arbetslokaler",
                "professions, headcount and working time; further-training days; workspace",
            ),
        ],
        [
            t("Paikallinen yhteistyö", "Lokalt samarbete", "Local cooperation"),
            t(
                "asiantuntijatehtävät; koulutukset ja tiedotus; koulu- ja kumppanivierailut; "
                "kenttävalvonnat; ankkurikahvit",
                "expertuppdrag; utbildning och information; skol- och partnerbesök; "
                "fältövervakningar; ankarkaffe",
                "expert tasks; trainings and information; school and partner visits; "
                "field patrols; anchor coffee",
            ),
        ],
    ],
}


def section(number, title, *blocks, children=()):
    return {"number": number, "title": title, "blocks": list(blocks), "children": list(children)}


def p(fi, sv, en):
    return ("paragraph", t(fi, sv, en))


def items(*triples):
    return ("list", list(triples))


PARTS = [
    {
        "number": "",
        "slug": t("esipuhe", "till-lasaren", "to-the-reader"),
        "title": t("Lukijalle", "Till läsaren", "To the reader"),
        "blocks": [
            p(
                "Ankkuritoiminta on moniammatillista yhteistyötä, jonka tavoitteena on edistää "
                "nuorten hyvinvointia ja ehkäistä rikoksia. Poliisi, sosiaalitoimi, terveystoimi "
                "ja nuorisotoimi toimivat samassa ankkuritiimissä.",
                "Ankarverksamhet är ett multiprofessionellt samarbete som främjar de ungas "
                "välbefinnande och förebygger brott. Polisen, socialväsendet, hälsovårdsväsendet "
                "och ungdomsväsendet arbetar i samma ankarteam.",
                "Anchor work is multi-professional cooperation that promotes young people's "
                "wellbeing and prevents crime. The police, social, health and youth services "
                "work in the same anchor team.",
            ),
            p(
                "Toiminta alkoi Hämeenlinnassa 2000-luvun alussa. Käsikirjan tavoite on ohjata, "
                "tukea ja yhtenäistää ankkuritoimintaa, jotta nuoret saisivat palveluja "
                "yhdenvertaisesti kaikkialla maassa.",
                "Verksamheten startade i Tavastehus i början av 2000-talet. Handbokens mål är att "
                "styra, stöda och förenhetliga ankarverksamheten så att unga i hela landet får "
                "service på lika grunder.",
                "The work began in Hämeenlinna in the early 2000s. The handbook aims to guide, "
                "support and harmonise anchor work so that young people everywhere in Finland "
                "have equal access to services.",
            ),
        ],
        "children": [],
    },
    {
        "number": "",
        "slug": t("johdanto", "inledning", "introduction"),
        "title": t("Johdanto", "Inledning", "Introduction"),
        "blocks": [
            p(
                "Nuorten hyvinvointi on monimuotoista, ja avun tarve vaatii ammattikuntien "
                "yhteistyötä. Useimmat nuoret voivat hyvin, mutta ongelmat kasautuvat samoille "
                "nuorille.",
                "De ungas välbefinnande är mångdimensionellt, och hjälpbehoven kräver ett "
                "yrkesövergripande samarbete. De flesta unga mår bra, men problemen hopar sig "
                "hos samma ungdomar.",
                "Young people's wellbeing has many dimensions, and their needs call for "
                "cooperation across professions. Most young people are well, but problems pile "
                "up for the same few.",
            ),
            (
                "highlight",
                t(
                    "Ankkuritoiminta lähtee nuoren tarpeista; vanhemmat ja huoltajat ovat "
                    "keskeinen osa toimintaa.",
                    "Ankarverksamheten utgår från den ungas behov; föräldrarna och "
                    "vårdnadshavarna är en central del av verksamheten.",
                    "Anchor work starts from the young person's needs; parents and guardians are "
                    "a central part of it.",
                ),
            ),
            p(
                "Väkivaltaisen radikalisoitumisen ehkäisy on ankkuritoiminnan painopiste. "
                "Hyvinvoinnin edistäminen ja syrjäytymisen ehkäisy ehkäisevät myös "
                "radikalisoitumista.",
                "Att förebygga våldsam radikalisering är ett prioritetsområde. Åtgärder som "
                "främjar välbefinnande och förebygger utslagning förebygger också radikalisering.",
                "Preventing violent radicalisation is a priority of anchor work. Promoting "
                "wellbeing and preventing exclusion also prevents radicalisation.",
            ),
        ],
        "children": [],
    },
    section(
        "1",
        t(
            "Ankkuritoimintaa ohjaavat periaatteet ja tavoitteet",
            "Principer som styr ankarverksamheten och dess målsättningar",
            "Principles and goals of anchor work",
        ),
        p(
            "Luku kuvaa, mitä ankkuritoiminta on, mitkä ovat sen tehtävät ja periaatteet ja "
            "miten sitä ohjataan kansallisesti.",
            "Kapitlet beskriver vad ankarverksamhet är, dess uppgifter och principer och hur den "
            "styrs nationellt.",
            "This chapter describes what anchor work is, its tasks and principles and how it is "
            "steered nationally.",
        ),
        children=[
            section(
                "1.1",
                t(
                    "Ankkuritoiminnan määritelmä",
                    "Definition av ankarverksamheten",
                    "Definition of anchor work",
                ),
                p(
                    "Ankkuritoiminnalla tarkoitetaan moniammatillista yhteistyötä, joka:",
                    "Med ankarverksamhet avses ett multiprofessionellt samarbete som:",
                    "Anchor work means multi-professional cooperation that:",
                ),
                items(
                    t(
                        "edistää alle 18-vuotiaiden hyvinvointia ja ehkäisee rikoksia",
                        "främjar välbefinnande och förebygger brott bland unga under 18 år",
                        "promotes the wellbeing of under-18s and prevents crime",
                    ),
                    t(
                        "tavoittaa nuoren ja perheen mahdollisimman varhain",
                        "når den unga och familjen så tidigt som möjligt",
                        "reaches the young person and family as early as possible",
                    ),
                    t(
                        "ehkäisee väkivaltaista radikalisoitumista ilman ikärajaa",
                        "förebygger våldsam radikalisering utan åldersgräns",
                        "prevents violent radicalisation with no age limit",
                    ),
                ),
            ),
            section(
                "1.2",
                t("Tehtävät ja tavoitteet", "Uppgifter och målsättningar", "Tasks and goals"),
                p(
                    "Ankkuritiimi tarjoaa nuorelle ja perheelle oikea-aikaista apua, tukee "
                    "nuoren osallisuutta ja ohjaa tarvittaessa muihin palveluihin.",
                    "Ankarteamet erbjuder den unga och familjen hjälp i rätt tid, stöder den "
                    "ungas delaktighet och hänvisar vid behov till andra tjänster.",
                    "The anchor team offers the young person and family timely help, supports "
                    "their participation and refers them to other services when needed.",
                ),
            ),
            section(
                "1.3",
                t(
                    "Toimintaa ohjaavat periaatteet",
                    "Principer som styr verksamheten",
                    "Guiding principles",
                ),
                p(
                    "Periaatteet ovat nuoren osallisuus, yksilöllisyys ja kokonaistilanne, "
                    "moniammatillisuus sekä hyvinvoinnin edistäminen ja rikosten ehkäisy.",
                    "Principerna är den ungas delaktighet, individualitet och helhetssituation, "
                    "multiprofessionellt samarbete samt främjande av välbefinnande och "
                    "förebyggande av brott.",
                    "The principles are the young person's participation, individuality and "
                    "whole situation, multi-professional cooperation, and promoting wellbeing "
                    "and preventing crime.",
                ),
            ),
            section(
                "1.4",
                t(
                    "Ankkuritoiminnan kansallinen ohjaus",
                    "Den nationella styrningen av ankarverksamheten",
                    "National steering of anchor work",
                ),
                p(
                    "Ankkuritoiminta on osa sisäisen turvallisuuden strategiaa ja poliisin "
                    "ennalta estävää työtä; myös opetustoimi tekee tiivistä yhteistyötä.",
                    "Ankarverksamheten är en del av strategin för den inre säkerheten och "
                    "polisens förebyggande arbete; även undervisningsväsendet samarbetar tätt.",
                    "Anchor work is part of the internal security strategy and of preventive "
                    "policing; the education sector also works closely with it.",
                ),
            ),
        ],
    ),
    section(
        "2",
        t(
            "Ankkuritoiminnan toteuttaminen",
            "Genomförande av ankarverksamheten",
            "Implementing anchor work",
        ),
        p(
            "Luku kuvaa ankkuriprosessin aloituksesta tapaamisiin, tilastointiin ja "
            "jatko-ohjaukseen.",
            "Kapitlet beskriver ankarprocessen från start till träffar, statistik och "
            "vidare hänvisning.",
            "This chapter follows the anchor process from the start to meetings, statistics and "
            "referral.",
        ),
        children=[
            section(
                "2.1",
                t(
                    "Ankkuritoiminnan prosessikuvaus",
                    "Processbeskrivning av ankarverksamheten",
                    "The anchor process",
                ),
                p(
                    "Prosessi alkaa, kun ammattilainen huolestuu nuoresta tai nuori tai perhe "
                    "ottaa itse yhteyttä. Moniammatillinen tiimi valitsee asiakkaat yhdessä.",
                    "Processen inleds när en yrkesperson blir orolig över den unga eller när "
                    "den unga eller familjen själv tar kontakt. Teamet väljer klienterna "
                    "tillsammans.",
                    "The process starts when a professional is concerned about a young person "
                    "or the young person or family gets in touch. The team selects clients "
                    "together.",
                ),
            ),
            section(
                "2.2",
                t(
                    "Ankkuriprosessin aloittaminen",
                    "Inledandet av ankarprocessen",
                    "Starting the anchor process",
                ),
                p(
                    "Nuori ja huoltajat kutsutaan ankkuritapaamiseen puhelimitse tai kirjeellä "
                    "(liite 1). Kutsussa kerrotaan toiminnasta ja tiedonvaihdosta.",
                    "Den unga och vårdnadshavarna bjuds in till en ankarträff per telefon eller "
                    "brev (bilaga 1). I inbjudan berättas om verksamheten och "
                    "informationsutbytet.",
                    "The young person and guardians are invited to an anchor meeting by phone "
                    "or letter (appendix 1). The invitation explains the work and the exchange "
                    "of information.",
                ),
            ),
            section(
                "2.3",
                t(
                    "Tapaamisten ja jatkotoimien suunnittelu",
                    "Planeringen av träffar och fortsatta åtgärder",
                    "Planning meetings and follow-up",
                ),
                p(
                    "Tiimi sopii etukäteen, kuka kutsuu, ketkä osallistuvat ja mistä puhutaan. "
                    "Nuoren suostumus tiedonvaihtoon pyydetään (liite 2), ja yhdessä laaditaan "
                    "ankkurisuunnitelma.",
                    "Teamet kommer överens om vem som bjuder in, vem som deltar och vad som "
                    "diskuteras. Den ungas samtycke till informationsutbyte begärs (bilaga 2), och "
                    "tillsammans görs en ankarplan.",
                    "The team agrees beforehand who invites, who takes part and what is discussed. "
                    "The young person's consent to information exchange is asked (appendix 2), and "
                    "an anchor plan is made together.",
                ),
                children=[
                    section(
                        "2.3.6",
                        t(
                            "Tapaamisten tilastointi",
                            "Statistik över träffarna",
                            "Statistics on meetings",
                        ),
                        p(
                            "Jokaisesta ankkuritapaamisesta kirjataan keskeiset tiedot "
                            "(taulukko 5). Sama tapaaminen ei saa tulla tilastoiduksi kahdesti.",
                            "Efter varje ankarträff antecknas centrala uppgifter (tabell 5). "
                            "Samma träff får inte statistikföras flera gånger.",
                            "Key data are recorded after every anchor meeting (table 5). The "
                            "same meeting must not be recorded twice.",
                        ),
                        ("table", TABLE_5),
                    ),
                ],
            ),
        ],
    ),
    section(
        "3",
        t(
            "Moniammatillinen yhteistyö",
            "Multiprofessionellt samarbete",
            "Multi-professional cooperation",
        ),
        p(
            "Ankkuritoiminta perustuu yhteisiin kansallisiin periaatteisiin, mutta se sovitetaan "
            "paikallisiin tarpeisiin.",
            "Ankarverksamheten bygger på gemensamma nationella principer men anpassas efter "
            "lokala behov.",
            "Anchor work rests on shared national principles but is adapted to local needs.",
        ),
        children=[
            section(
                "3.1",
                t(
                    "Ankkuritiimin asiantuntijuus",
                    "Expertisen inom ankarteamet",
                    "Expertise in the anchor team",
                ),
                p(
                    "Tiimissä on poliisi, sosiaalityöntekijä tai -ohjaaja, sairaanhoitaja tai "
                    "terveydenhoitaja sekä nuorisotyöntekijä. Perehdytys, mentorointi ja "
                    "työnohjaus tukevat työtä.",
                    "Teamet består av en polis, en socialarbetare eller socialhandledare, en "
                    "sjukvårdare eller hälsovårdare och en ungdomsarbetare. Introduktion, "
                    "mentorskap och arbetshandledning stöder arbetet.",
                    "The team has a police officer, a social worker, a nurse or public health "
                    "nurse and a youth worker. Onboarding, mentoring and supervision support "
                    "the work.",
                ),
            ),
            section(
                "3.2",
                t(
                    "Yhteistyökumppanien asiantuntijuus",
                    "Samarbetspartnernas expertis inom ankarverksamheten",
                    "Partners' expertise",
                ),
                p(
                    "Koulut, kriisipalvelut, järjestöt ja seurakunnat tukevat nuorta. "
                    "Ankkurikahvit kokoavat kumppanit kerran kuukaudessa.",
                    "Skolor, kristjänster, organisationer och församlingar stöder den unga. "
                    "Ankarkaffet samlar samarbetspartnerna en gång i månaden.",
                    "Schools, crisis services, NGOs and parishes support the young person. "
                    "Anchor coffee brings partners together once a month.",
                ),
                ("table", TABLE_6),
                ("table", TABLE_7),
            ),
            section(
                "3.3",
                t(
                    "Moniammatillinen tiedonvaihto",
                    "Multiprofessionellt informationsutbyte",
                    "Multi-professional information exchange",
                ),
                p(
                    "Tietoja vaihdetaan nuoren suostumuksella tai lain sallimissa rajoissa. "
                    "Salassapito ja tietoturva ohjaavat tietojen käsittelyä.",
                    "Uppgifter utbyts med den ungas samtycke eller inom de gränser lagen "
                    "tillåter. Sekretess och dataskydd styr behandlingen.",
                    "Information is exchanged with the young person's consent or as far as the "
                    "law allows. Secrecy and data protection govern its handling.",
                ),
            ),
        ],
    ),
    section(
        "4",
        t(
            "Ankkuritoiminnan organisointi",
            "Ankarverksamhetens organisation",
            "Organisation of anchor work",
        ),
        p(
            "Toiminta järjestetään kolmella tasolla: kansallinen, paikallinen tai alueellinen sekä "
            "tiimin johtaminen.",
            "Verksamheten organiseras på tre nivåer: nationell, lokal eller regional samt "
            "ledningen av teamet.",
            "The work is organised on three levels: national, local or regional, and the "
            "management of the team.",
        ),
        children=[
            section(
                "4.1",
                t(
                    "Ankkuritoiminnan kansallinen koordinointi",
                    "Den nationella samordningen av ankarverksamheten",
                    "National coordination",
                ),
                p(
                    "Kansallinen ohjausryhmä ja kansallinen koordinaattori yhtenäistävät "
                    "toimintaa, kokoavat tilastot ja järjestävät koulutusta.",
                    "En nationell styrgrupp och en nationell koordinator förenhetligar "
                    "verksamheten, sammanställer statistiken och ordnar utbildning.",
                    "A national steering group and a national coordinator harmonise the work, "
                    "compile the statistics and run trainings.",
                ),
            ),
            section(
                "4.2",
                t(
                    "Paikallinen ja alueellinen toiminta",
                    "Den lokala och regionala verksamheten",
                    "Local and regional work",
                ),
                p(
                    "Paikallinen ohjausryhmä hyväksyy toimintasuunnitelman ja "
                    "toimintakertomuksen ja kokoontuu 2–4 kertaa vuodessa.",
                    "Den lokala styrgruppen godkänner verksamhetsplanen och "
                    "verksamhetsberättelsen och sammanträder 2–4 gånger per år.",
                    "The local steering group approves the plan and the annual report and "
                    "meets 2–4 times a year.",
                ),
            ),
            section(
                "4.3",
                t("Ankkuritiimin johtaminen", "Ankarteamets ledning", "Managing the anchor team"),
                p(
                    "Esimiestiimi johtaa tiimiä; koordinoiva esihenkilö vastaa "
                    "toimintakertomuksesta ja tiiminvetäjä päivittäisestä työstä.",
                    "Chefsteamet leder teamet; den samordnande chefen ansvarar för "
                    "verksamhetsberättelsen och teamledaren för det dagliga arbetet.",
                    "The management team leads the team; the coordinating manager is "
                    "responsible for the annual report and the team leader for daily work.",
                ),
            ),
        ],
    ),
    section(
        "5",
        t("Toiminnan käynnistäminen", "Inledning av verksamheten", "Starting anchor work"),
        p(
            "Tavoite on, että ankkuritoimintaa on kaikilla alueilla.",
            "Målet är att ankarverksamhet ska finnas inom alla områden.",
            "The goal is anchor work in every area.",
        ),
        children=[
            section(
                "5.1",
                t("Ankkuritoiminnan valmistelu", "Ankarverksamheten förbereds", "Preparation"),
                p(
                    "Vastuuhenkilö ottaa yhteyttä kansalliseen koordinaattoriin ja kokoaa "
                    "alueen tilannekuvan (liite 8).",
                    "Den ansvariga kontaktar den nationella koordinatorn och sammanställer "
                    "en lägesbild av området (bilaga 8).",
                    "The person responsible contacts the national coordinator and compiles a "
                    "picture of the area (appendix 8).",
                ),
            ),
            section(
                "5.2",
                t("Yhteistyösopimus", "Samarbetsavtal", "Cooperation agreement"),
                p(
                    "Toiminta perustuu osapuolten yhteistyösopimukseen, jossa sovitaan "
                    "tavoitteista, resursseista, kustannuksista ja johtamisesta (liite 9).",
                    "Verksamheten bygger på ett samarbetsavtal om mål, resurser, kostnader "
                    "och ledning (bilaga 9).",
                    "The work rests on a cooperation agreement on goals, resources, costs and "
                    "management (appendix 9).",
                ),
            ),
            section(
                "5.3",
                t("Ankkuritiimin muodostaminen", "Ankarteamet bildas", "Forming the anchor team"),
                p(
                    "Tiimille määritellään tehtävänkuvat ja järjestetään yhteinen koulutus; "
                    "tilastoinnista sovitaan alusta alkaen.",
                    "Arbetsbeskrivningar fastställs och teamet får en gemensam utbildning; "
                    "statistikföringen avtalas från början.",
                    "Job descriptions are set and the team gets joint training; statistics "
                    "are agreed from the start.",
                ),
            ),
        ],
    ),
    section(
        "6",
        t("Arviointi ja kehittäminen", "Utvärdering och utveckling", "Evaluation and development"),
        p(
            "Toimintaa seurataan, arvioidaan ja kehitetään jatkuvasti.",
            "Verksamheten följs upp, utvärderas och utvecklas kontinuerligt.",
            "The work is monitored, evaluated and developed continuously.",
        ),
        children=[
            section(
                "6.1",
                t("Toiminnan arviointi", "Utvärdering av verksamheten", "Evaluating the work"),
                p(
                    "Arviointi perustuu tilastoihin ja asiakkailta ja kumppaneilta "
                    "kerättyyn palautteeseen.",
                    "Utvärderingen bygger på statistik och respons från klienter och "
                    "samarbetspartner.",
                    "Evaluation rests on statistics and feedback from clients and partners.",
                ),
            ),
            section(
                "6.2",
                t(
                    "Valtakunnallinen tilastointi ja raportointi",
                    "Nationell statistikföring och rapportering",
                    "National statistics and reporting",
                ),
                p(
                    "Toimintakertomus laaditaan vuosittain, eikä raportointi sisällä "
                    "henkilötietoja (liite 10).",
                    "En verksamhetsberättelse görs varje år, och rapporteringen innehåller "
                    "inga personuppgifter (bilaga 10).",
                    "An annual report is written every year, and reporting contains no "
                    "personal data (appendix 10).",
                ),
                ("table", TABLE_17),
            ),
            section(
                "6.3",
                t("Toiminnan kehittäminen", "Utveckling av verksamheten", "Developing the work"),
                p(
                    "Kehittäminen on näyttöön perustuvaa; itsearviointi (liite 11) auttaa "
                    "löytämään kehittämiskohteet.",
                    "Utvecklingen är evidensbaserad; självvärderingen (bilaga 11) hjälper "
                    "att hitta utvecklingsobjekt.",
                    "Development is evidence-based; the self-assessment (appendix 11) helps "
                    "find what to develop.",
                ),
            ),
        ],
    ),
]

APPENDICES = [
    (
        1,
        t(
            "Kutsu ankkuritapaamiseen",
            "Inbjudan till ankarträff",
            "Invitation to an anchor meeting",
        ),
        t(
            "Mallikirje nuorelle ja huoltajille: mitä on tapahtunut, milloin ja missä tavataan ja "
            "keneen voi ottaa yhteyttä.",
            "Mallbrev till den unga och vårdnadshavarna: vad som hänt, när och var träffen äger "
            "rum "
            "och vem man kan kontakta.",
            "A model letter to the young person and guardians: what happened, when and where the "
            "meeting is and whom to contact.",
        ),
    ),
    (
        2,
        t(
            "Suostumusta pyydettäessä huomioitavat asiat",
            "Uppgifter som ska observeras vid begäran om samtycke",
            "What to cover when asking for consent",
        ),
        t(
            "Kuka pyytää ja kuka antaa suostumuksen, mitä tietoja luovutetaan, mihin ja kuinka "
            "pitkäksi aikaa.",
            "Vem som begär och vem som ger samtycke, vilka uppgifter som lämnas ut, för vilket "
            "ändamål och för hur länge.",
            "Who asks and who gives consent, what information is disclosed, for what purpose and "
            "for how long.",
        ),
    ),
    (
        3,
        t("Ankkuritapaamisen kulku", "Ankarträffarnas framskridning", "Course of anchor meetings"),
        t(
            "Tarkistuslista valmistelevaan palaveriin, tapaamiseen ja seurantatapaamisiin.",
            "Checklista för förberedande möte, själva träffen och följande träffar.",
            "A checklist for the preparatory meeting, the meeting itself and follow-up meetings.",
        ),
    ),
    (
        4,
        t(
            "Perehdytys ankkuritoimintaan",
            "Introduktion i ankarverksamheten",
            "Onboarding into anchor work",
        ),
        t(
            "Perehdytyssuunnitelma: ankkuritoiminta, organisointi, yhteistyö, toteutus, "
            "työkäytännöt sekä lainsäädäntö.",
            "Introduktionsplan: ankarverksamhet, organisering, samarbete, genomförande, "
            "arbetssätt samt lagstiftning.",
            "An onboarding plan: anchor work, organisation, cooperation, implementation, working "
            "practices and legislation.",
        ),
    ),
    (
        5,
        t("Ankkuritoiminnan esittely (suomeksi)", "Broschyr på finska", "Leaflet in Finnish"),
        t(
            "Suomenkielinen esite, johon lisätään paikallisen tiimin yhteystiedot.",
            "Broschyr på finska där det lokala teamets kontaktuppgifter fylls i.",
            "The Finnish leaflet, completed with the local team's contact details.",
        ),
    ),
    (
        6,
        t("Esite englanniksi", "Broschyr på engelska", "Leaflet in English"),
        t(
            "Englanninkielinen esite, johon lisätään paikallisen tiimin yhteystiedot.",
            "Broschyr på engelska där det lokala teamets kontaktuppgifter fylls i.",
            "The English leaflet, completed with the local team's contact details.",
        ),
    ),
    (
        7,
        t("Esite ruotsiksi", "Broschyr på svenska", "Leaflet in Swedish"),
        t(
            "Ruotsinkielinen esite, johon lisätään paikallisen tiimin yhteystiedot.",
            "Broschyr på svenska där det lokala teamets kontaktuppgifter fylls i.",
            "The Swedish leaflet, completed with the local team's contact details.",
        ),
    ),
    (
        8,
        t(
            "Ankkuritoiminnan käynnistäminen",
            "Inledande av ankarverksamheten",
            "Starting anchor work",
        ),
        t(
            "Tarkistuslista tilannekuvan, suunnittelun, organisoinnin ja käynnistyksen vaiheisiin.",
            "Checklista för lägesbild, planering, organisering och start.",
            "A checklist for the situation picture, planning, organisation and start-up.",
        ),
    ),
    (
        9,
        t(
            "Yhteistyösopimuksessa huomioitavat asiat",
            "Observera följande i samarbetsavtalet",
            "What a cooperation agreement covers",
        ),
        t(
            "Osapuolet, tavoite, henkilöstö, tilat, tietojärjestelmät, kustannukset, johtaminen, "
            "seuranta ja sopimuksen voimassaolo.",
            "Parter, mål, personal, lokaler, informationssystem, kostnader, ledning, uppföljning "
            "och "
            "avtalets giltighet.",
            "Parties, aim, staff, premises, information systems, costs, management, monitoring and "
            "the agreement's validity.",
        ),
    ),
    (
        10,
        t("Toimintakertomus", "Verksamhetsberättelse", "Annual report"),
        t(
            "Toimintakertomuksen rakenne: toimintamalli, asiakkaat, henkilöstö, yhteistyö, "
            "palaute, "
            "muu toiminta ja kehittämiskohteet.",
            "Verksamhetsberättelsens struktur: modell, klienter, personal, samarbete, respons, "
            "övrig "
            "verksamhet och utvecklingsobjekt.",
            "The structure of the annual report: model, clients, staff, cooperation, feedback, "
            "other "
            "activities and development targets.",
        ),
    ),
    (
        11,
        t(
            "Ankkuritoiminnan kehittäminen",
            "Utveckling av ankarverksamheten",
            "Developing anchor work",
        ),
        t(
            "Itsearviointilomake toiminnan kehittämiseen.",
            "Självvärderingsblankett för utvecklingen av verksamheten.",
            "A self-assessment form for developing the work.",
        ),
    ),
]

GLOSSARY = {
    "title": t("Sanasto", "Ordlista", "Glossary"),
    "slug": t("sanasto", "ordlista", "glossary"),
    "terms": [
        t(
            (
                "ankkuritoiminta",
                "Moniammatillista yhteistyötä alle 18-vuotiaiden hyvinvoinnin "
                "edistämiseksi ja rikosten ehkäisemiseksi varhaisessa vaiheessa.",
            ),
            (
                "ankarverksamhet",
                "Multiprofessionellt samarbete som i ett tidigt skede främjar "
                "välbefinnandet och förebygger brott bland unga under 18 år.",
            ),
            (
                "anchor work",
                "Multi-professional cooperation that promotes the wellbeing of "
                "under-18s and prevents crime at an early stage.",
            ),
        ),
        t(
            (
                "ankkuritiimi",
                "Poliisin, sosiaalitoimen, terveystoimen ja nuorisotoimen "
                "asiantuntijoista koostuva tiimi.",
            ),
            (
                "ankarteam",
                "Ett team av experter från polisen, socialväsendet, hälsovårdsväsendet "
                "och ungdomsväsendet.",
            ),
            (
                "anchor team",
                "A team of experts from the police, social, health and youth services.",
            ),
        ),
        t(
            ("ankkuritapaaminen", "Nuoren, huoltajien ja ankkuritiimin tapaaminen."),
            ("ankarträff", "En träff mellan den unga, vårdnadshavarna och ankarteamet."),
            ("anchor meeting", "A meeting of the young person, the guardians and the anchor team."),
        ),
        t(
            (
                "ankkurisuunnitelma",
                "Nuoren kanssa sovitut tavoitteet ja keinot niiden saavuttamiseksi.",
            ),
            (
                "ankarplan",
                "Mål som satts upp tillsammans med den unga och metoderna för att nå dem.",
            ),
            ("anchor plan", "Goals agreed with the young person and the means to reach them."),
        ),
        t(
            (
                "ankkuri-ilmoitus",
                "Tieto nuoresta, josta ammattilainen on huolissaan; käynnistää ankkuriprosessin.",
            ),
            ("ankaranmälan", "Uppgift om en ung person som väckt oro; inleder ankarprocessen."),
            (
                "anchor notification",
                "A report of concern about a young person; it starts the anchor process.",
            ),
        ),
        t(
            ("ankkuriprosessi", "Prosessi huolen heräämisestä tapaamisiin ja jatko-ohjaukseen."),
            ("ankarprocess", "Processen från oro till träffar och vidare hänvisning."),
            ("anchor process", "The process from concern to meetings and onward referral."),
        ),
        t(
            ("lastensuojeluilmoitus", "Ilmoitus lastensuojelun tarpeessa olevasta lapsesta."),
            ("barnskyddsanmälan", "En anmälan om ett barn som kan behöva barnskydd."),
            (
                "child-welfare notification",
                "A report on a child who may need child welfare services.",
            ),
        ),
        t(
            ("palvelutarpeen arviointi", "Sosiaalihuollon arvio nuoren tuen tarpeesta."),
            ("bedömning av servicebehov", "Socialvårdens bedömning av den ungas stödbehov."),
            (
                "service-needs assessment",
                "The social services' assessment of the young person's need for support.",
            ),
        ),
        t(
            ("rikosnimike", "Rikoksen laji, jota tapaaminen koskee."),
            ("brottsbenämning", "Den typ av brott som träffen gäller."),
            ("offence type", "The kind of offence the meeting concerns."),
        ),
        t(
            ("kotikunta", "Kunta, jossa nuori asuu."),
            ("hemort", "Den kommun där den unga bor."),
            ("home municipality", "The municipality where the young person lives."),
        ),
        t(
            ("toimintakertomus", "Vuosittainen raportti paikallisesta ankkuritoiminnasta."),
            ("verksamhetsberättelse", "En årlig rapport om den lokala ankarverksamheten."),
            ("annual report", "A yearly report on local anchor work."),
        ),
        t(
            ("perehdytys", "Uuden asiantuntijan suunnitelmallinen johdattaminen työhön."),
            ("introduktion", "Planmässig introduktion av en ny expert i arbetet."),
            ("onboarding", "Planned introduction of a new expert to the work."),
        ),
        t(
            ("yhteistyökumppani", "Toimija, joka voi tukea nuorta ankkuritoiminnan rinnalla."),
            ("samarbetspartner", "En aktör som kan stöda den unga vid sidan av ankarverksamheten."),
            ("partner", "An actor that can support the young person alongside anchor work."),
        ),
        t(
            ("ankkurikahvit", "Kuukausittainen verkostotapaaminen yhteistyökumppaneille."),
            ("ankarkaffe", "En månatlig nätverksträff för samarbetspartnerna."),
            ("anchor coffee", "A monthly networking meeting for partners."),
        ),
        t(
            (
                "väkivaltainen radikalisoituminen",
                "Prosessi, jossa yksilö omaksuu väkivaltaa oikeuttavan ääriajattelun.",
            ),
            (
                "våldsam radikalisering",
                "En process där individen anammar ett extremistiskt "
                "tänkande som rättfärdigar våld.",
            ),
            (
                "violent radicalisation",
                "A process in which a person adopts extremist thinking that justifies violence.",
            ),
        ),
        t(
            (
                "väkivaltainen ekstremismi",
                "Väkivallan käyttö tai sen oikeuttaminen ideologisin perustein.",
            ),
            (
                "våldsbejakande extremism",
                "Att använda eller rättfärdiga våld på ideologiska grunder.",
            ),
            ("violent extremism", "Using or justifying violence on ideological grounds."),
        ),
        t(
            (
                "varhainen puuttuminen",
                "Huoleen tarttuminen ja tuen tarjoaminen ennen tilanteen pahenemista.",
            ),
            (
                "tidigt ingripande",
                "Att ingripa i en oro och erbjuda stöd innan situationen förvärras.",
            ),
            (
                "early intervention",
                "Acting on a concern and offering support before the situation gets worse.",
            ),
        ),
        t(
            (
                "ennalta ehkäisy",
                "Toiminta, jolla torjutaan hyvinvoinnin ja terveyden ongelmia ja rikoksia.",
            ),
            (
                "förebyggande",
                "Verksamhet som motverkar problem med hälsa och välbefinnande samt brott.",
            ),
            ("prevention", "Work that counters problems of health, wellbeing and crime."),
        ),
        t(
            (
                "ohjausryhmä",
                "Paikallinen tai alueellinen ryhmä, joka hyväksyy suunnitelman ja "
                "toimintakertomuksen.",
            ),
            (
                "styrgrupp",
                "En lokal eller regional grupp som godkänner planen och verksamhetsberättelsen.",
            ),
            (
                "steering group",
                "A local or regional group that approves the plan and the annual report.",
            ),
        ),
        t(
            ("esimiestiimi", "Ankkuriasiantuntijoiden omien esihenkilöiden tiimi."),
            ("chefsteam", "Ett team av ankarexperternas egna chefer."),
            ("management team", "A team of the anchor experts' own line managers."),
        ),
        t(
            ("yhteistyösopimus", "Osapuolten sopimus ankkuritoiminnan järjestämisestä."),
            ("samarbetsavtal", "Parternas avtal om hur ankarverksamheten ordnas."),
            ("cooperation agreement", "The parties' agreement on how anchor work is organised."),
        ),
        t(
            (
                "sisäinen turvallisuus",
                "Yhdenvertainen mahdollisuus nauttia oikeuksista ilman "
                "rikollisuudesta johtuvaa pelkoa.",
            ),
            (
                "inre säkerhet",
                "En jämlik möjlighet att åtnjuta sina rättigheter utan rädsla för brottslighet.",
            ),
            (
                "internal security",
                "An equal chance to enjoy one's rights without fear caused by crime.",
            ),
        ),
    ],
}

LEAFLET = {
    "title": t("Ankkuritoiminta", "Ankarverksamhet", "Anchor work"),
    "slug": t("esite", "broschyr", "leaflet"),
    "lead": t(
        "Ankkuritoiminnalla tarkoitetaan moniammatillista yhteistyötä, joka kohdistuu "
        "varhaisessa vaiheessa lasten ja nuorten (alle 18-vuotiaiden)",
        "Med ankarverksamhet menas samarbete mellan olika yrkesgrupper som i ett tidigt skede "
        "riktar sig till barn och unga (under 18 år) för",
        "Anchor work refers to multi-professional cooperation targeted at children and "
        "adolescents under 18 years of age, at an early stage, to",
    ),
    "items": [
        t("hyvinvoinnin edistämiseen", "att främja välmående", "promote wellbeing"),
        t("rikosten ehkäisemiseen", "att förebygga brott", "prevent crime"),
        t(
            "väkivaltaiseen ekstremismiin radikalisoitumisen ehkäisemiseen (ilman ikärajoja).",
            "att förhindra radikalisering mot våldsam extremism (utan åldersgränser).",
            "prevent radicalisation into violent extremism (with people of all ages).",
        ),
    ],
    "paragraphs": [
        t(
            "Ankkuritoimintaa toteutetaan moniammatillisessa ankkuritiimissä, johon kuuluvat "
            "ammattilaiset poliisista, sosiaalitoimesta, terveystoimesta ja nuorisotoimesta.",
            "Ankarverksamheten genomförs i ankarteam där det ingår personer från polisen, "
            "socialtjänsten, hälsovården och ungdomsverksamheten.",
            "Anchor work is carried out by multi-professional teams of professionals from the "
            "police, social services, health services and youth services.",
        ),
        t(
            "Tiimi tapaa nuoren ja hänen huoltajansa mahdollisimman varhain, jotta nuorta voidaan "
            "tukea ja tarvittaessa ohjata oikean avun piiriin. Ammattilaiset vaihtavat tietoa "
            "lain sallimissa rajoissa ja/tai nuoren luvalla.",
            "Teamet träffar den unga och vårdnadshavaren så tidigt som möjligt, så att den unga "
            "kan få stöd och vid behov styras till rätt hjälp. Yrkespersonerna utbyter information "
            "inom lagens gränser och/eller med den ungas tillstånd.",
            "The team meets the young person and their parent or guardian as early as possible, "
            "to support them and, if necessary, direct them to the right help. The professionals "
            "exchange information as the law permits and/or with the young person's permission.",
        ),
        t(
            "Ankkuritoiminta järjestetään paikallisesti tai alueellisesti, mutta se perustuu "
            "yhteisille kansallisille toimintaperiaatteille.",
            "Ankarverksamheten ordnas lokalt eller regionalt men bygger på gemensamma nationella "
            "verksamhetsprinciper.",
            "Anchor work is organised locally or regionally but builds on shared national "
            "principles.",
        ),
    ],
    "contact_heading": t(
        "Ankkuritiimin yhteystiedot",
        "Ankarteamets kontaktuppgifter",
        "Anchor team contact information",
    ),
    "contact_placeholder": t(
        "[Paikkakunnan ankkuritiimin yhteystiedot]",
        "[Ortens ankarteams kontaktuppgifter]",
        "[Contact details of the local anchor team]",
    ),
    "more_information": t(
        "Lisätietoa ankkuritoiminnasta: www.ankkuritoiminta.fi",
        "Mer information om ankarverksamheten: www.ankkuritoiminta.fi/sv",
        "More information about anchor work: www.ankkuritoiminta.fi/en",
    ),
}
