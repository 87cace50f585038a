"""Texts of the demo site in fi, sv and en (written for the demo; based on the national
handbook of anchor work, Ministry of the Interior 2019:21, and the ministry's press releases).

Each language's version of a page has the same structure, so that it can be stored as a
wagtail-localize translation of the Finnish page (see portal.localization).
"""

import datetime


def h2(text):
    return {"type": "heading", "value": {"text": text, "level": "h2"}}


def p(*paragraphs):
    return {"type": "paragraph", "value": "".join(f"<p>{x}</p>" for x in paragraphs)}


def callout(title, text):
    return {"type": "callout", "value": {"title": title, "text": f"<p>{text}</p>"}}


HOME_INTRO = {
    "fi": "<p>Ankkuritoiminta on moniammatillista varhaista puuttumista. Poliisi, "
    "sosiaalityöntekijä, terveydenhoitaja ja nuorisotyöntekijä tapaavat nuoren ja hänen "
    "huoltajansa mahdollisimman pian, selvittävät tilanteen kokonaisuutena ja ohjaavat oikeiden "
    "palvelujen piiriin.</p>",
    "sv": "<p>Ankarverksamheten är sektorsövergripande tidigt ingripande. En polis, en "
    "socialarbetare, en hälsovårdare och en ungdomsarbetare träffar den unga och vårdnadshavarna "
    "så snart som möjligt, kartlägger helheten och hänvisar till rätt tjänster.</p>",
    "en": "<p>Anchor work is multi-professional early intervention. A police officer, a social "
    "worker, a nurse and a youth worker meet the young person and their guardians as soon as "
    "possible, look at the whole situation and refer them to the right services.</p>",
}

HOME_BODY = {
    "fi": [
        h2("Kenelle ankkuritoiminta on tarkoitettu?"),
        p(
            "Ankkuritoiminta on tarkoitettu alle 18-vuotiaille, jotka ovat tehneet tai joiden "
            "epäillään tehneen rikoksen, jotka käyttävät päihteitä tai joilla on muuten tarve "
            "moniammatilliselle tuelle, esimerkiksi perheväkivallan vuoksi.",
            "Väkivaltaisen radikalisoitumisen ehkäisyssä ankkuritiimi auttaa myös aikuisia.",
        ),
        callout(
            "Ankkuritiimejä on koko maassa",
            "Jokaisen poliisilaitoksen alueella toimii ankkuritiimi. Etsi oman kuntasi tiimi "
            "tiimihakemistosta.",
        ),
    ],
    "sv": [
        h2("Vem är ankarverksamheten till för?"),
        p(
            "Ankarverksamheten är till för unga under 18 år som har begått eller misstänks ha "
            "begått brott, som använder rusmedel eller som annars behöver sektorsövergripande "
            "stöd, till exempel på grund av våld i familjen.",
            "När det gäller att förebygga våldsam radikalisering hjälper ankarteamet också vuxna.",
        ),
        callout(
            "Det finns ankarteam i hela landet",
            "Det finns ett ankarteam inom varje polisinrättnings område. Sök teamet för din "
            "kommun i teamkatalogen.",
        ),
    ],
    "en": [
        h2("Who is anchor work for?"),
        p(
            "Anchor work is for young people under 18 who have committed or are suspected of an "
            "offence, who use alcohol or drugs, or who otherwise need multi-professional support, "
            "for example because of domestic violence.",
            "In preventing violent radicalisation, anchor teams also help adults.",
        ),
        callout(
            "There are anchor teams all over Finland",
            "Every police department has an anchor team in its area. Look up the team of your "
            "municipality in the team directory.",
        ),
    ],
}

# Content pages under each home page: key -> {language: fields}; `menu` puts them in the
# header menu and on the home page's section list.
CONTENT_PAGES = [
    {
        "key": "what",
        "menu": True,
        "fi": {
            "title": "Mitä on ankkuritoiminta?",
            "slug": "mita-on-ankkuritoiminta",
            "search_description": "Ankkuritoiminnan tavoitteet, periaatteet ja työtapa.",
            "lead": "Ankkuritoiminnassa eri ammattilaiset tukevat nuorta yhdessä, heti kun huoli "
            "herää.",
            "body": [
                h2("Tavoitteena rikoskierteen katkaiseminen"),
                p(
                    "Ankkuritoiminnan tavoitteena on ehkäistä nuorten rikoksia ja "
                    "syrjäytymistä sekä katkaista rikoskierre varhaisessa vaiheessa, ennen kuin "
                    "ongelmat kasautuvat.",
                    "Toiminta perustuu moniammatilliseen yhteistyöhön, nuoren ja perheen "
                    "kunnioittamiseen sekä vapaaehtoisuuteen.",
                ),
                h2("Näin ankkuritapaaminen etenee"),
                p(
                    "Kun ankkuritiimi saa ankkuri-ilmoituksen, se kutsuu nuoren ja huoltajat "
                    "tapaamiseen. Tapaamisessa käydään läpi nuoren koko tilanne: koulu, "
                    "vapaa-aika, perhe, terveys ja päihteet.",
                    "Yhdessä laaditaan ankkurisuunnitelma, ja nuori ohjataan tarvittaessa "
                    "muihin palveluihin. Tiimi voi tavata nuoren useamman kerran.",
                ),
                callout(
                    "Ankkuritiimin kokoonpano",
                    "Ankkuritiimissä työskentelevät poliisi, sosiaalityöntekijä, "
                    "terveydenhoitaja tai muu terveydenhuollon ammattilainen sekä "
                    "nuorisotyöntekijä.",
                ),
            ],
        },
        "sv": {
            "title": "Vad är ankarverksamhet?",
            "slug": "vad-ar-ankarverksamhet",
            "search_description": "Ankarverksamhetens mål, principer och arbetssätt.",
            "lead": "I ankarverksamheten stöder olika yrkesutbildade personer den unga "
            "tillsammans, genast när oron väcks.",
            "body": [
                h2("Målet är att bryta brottsspiralen"),
                p(
                    "Ankarverksamhetens mål är att förebygga brott och utslagning bland unga "
                    "och att bryta brottsspiralen i ett tidigt skede, innan problemen hopar sig.",
                    "Verksamheten bygger på sektorsövergripande samarbete, respekt för den unga "
                    "och familjen samt frivillighet.",
                ),
                h2("Så går en ankarträff till"),
                p(
                    "När ankarteamet får en ankaranmälan bjuder det in den unga och "
                    "vårdnadshavarna till en träff. Under träffen går man igenom hela "
                    "situationen: skolan, fritiden, familjen, hälsan och rusmedlen.",
                    "Tillsammans gör man upp en ankarplan, och vid behov hänvisas den unga till "
                    "andra tjänster. Teamet kan träffa den unga flera gånger.",
                ),
                callout(
                    "Ankarteamets sammansättning",
                    "I ankarteamet arbetar en polis, en socialarbetare, en hälsovårdare eller "
                    "annan yrkesperson inom hälsovården och en ungdomsarbetare.",
                ),
            ],
        },
        "en": {
            "title": "What is anchor work?",
            "slug": "what-is-anchor-work",
            "search_description": "The goals, principles and way of working of anchor work.",
            "lead": "In anchor work, professionals from different fields support a young person "
            "together, as soon as there is cause for concern.",
            "body": [
                h2("Breaking the cycle of crime"),
                p(
                    "Anchor work aims to prevent crime and social exclusion among young people "
                    "and to break the cycle of crime early, before problems pile up.",
                    "It rests on multi-professional cooperation, respect for the young person "
                    "and the family, and voluntary participation.",
                ),
                h2("How an anchor meeting works"),
                p(
                    "When the anchor team receives an anchor notification, it invites the young "
                    "person and the guardians to a meeting. The meeting covers the whole "
                    "situation: school, free time, family, health and substance use.",
                    "Together they draw up an anchor plan, and the young person is referred to "
                    "other services where needed. The team may meet the young person several "
                    "times.",
                ),
                callout(
                    "Who is in an anchor team",
                    "An anchor team has a police officer, a social worker, a nurse or other "
                    "health professional, and a youth worker.",
                ),
            ],
        },
    },
    {
        "key": "young",
        "menu": True,
        "fi": {
            "title": "Nuorille ja perheille",
            "slug": "nuorille-ja-perheille",
            "search_description": "Mitä ankkuritapaamisessa tapahtuu ja miten siihen valmistautuu.",
            "lead": "Ankkuritapaaminen on keskustelu, jossa etsitään yhdessä keinoja tukea nuorta.",
            "body": [
                h2("Mitä tapaamisessa tapahtuu?"),
                p(
                    "Tapaamiseen tulevat nuori ja huoltaja sekä ankkuritiimin asiantuntijat. "
                    "Keskustelemme siitä, mikä elämässä sujuu hyvin ja missä tarvitaan apua.",
                    "Tapaaminen ei ole rangaistus eikä kuulustelu. Tavoitteena on, että nuori "
                    "ja perhe saavat tarvitsemansa tuen.",
                ),
                h2("Tietosi ovat turvassa"),
                p(
                    "Asiantuntijoita sitoo vaitiolovelvollisuus. Tietoja vaihdetaan vain lain "
                    "sallimissa rajoissa tai nuoren ja huoltajan suostumuksella.",
                ),
            ],
        },
        "sv": {
            "title": "För unga och familjer",
            "slug": "for-unga-och-familjer",
            "search_description": "Vad som händer på en ankarträff och hur man förbereder sig.",
            "lead": "En ankarträff är ett samtal där man tillsammans söker sätt att stödja den "
            "unga.",
            "body": [
                h2("Vad händer på träffen?"),
                p(
                    "Till träffen kommer den unga och vårdnadshavaren samt ankarteamets experter. "
                    "Vi pratar om vad som fungerar bra i livet och var det behövs hjälp.",
                    "Träffen är inget straff och inget förhör. Målet är att den unga och "
                    "familjen får det stöd de behöver.",
                ),
                h2("Dina uppgifter är trygga"),
                p(
                    "Experterna har tystnadsplikt. Uppgifter utbyts bara inom de gränser som "
                    "lagen tillåter eller med den ungas och vårdnadshavarens samtycke.",
                ),
            ],
        },
        "en": {
            "title": "For young people and families",
            "slug": "for-young-people-and-families",
            "search_description": "What happens in an anchor meeting and how to prepare.",
            "lead": "An anchor meeting is a conversation in which we look together for ways to "
            "support the young person.",
            "body": [
                h2("What happens in the meeting?"),
                p(
                    "The young person, a guardian and the experts of the anchor team take part. "
                    "We talk about what is going well in life and where help is needed.",
                    "The meeting is not a punishment or an interrogation. The aim is that the "
                    "young person and the family get the support they need.",
                ),
                h2("Your information is safe"),
                p(
                    "The experts are bound by confidentiality. Information is exchanged only as "
                    "far as the law allows or with the consent of the young person and the "
                    "guardian.",
                ),
            ],
        },
    },
    {
        "key": "professionals",
        "menu": True,
        "fi": {
            "title": "Ammattilaisille",
            "slug": "ammattilaisille",
            "search_description": (
                "Ohjeita yhteistyökumppaneille ja ankkuritiimien asiantuntijoille."
            ),
            "lead": "Koulut, sosiaali- ja terveyspalvelut ja järjestöt voivat ohjata nuoria "
            "ankkuritoimintaan.",
            "body": [
                h2("Kun huoli herää"),
                p(
                    "Ota yhteyttä alueesi ankkuritiimiin, kun nuoren tilanne huolestuttaa. "
                    "Tiimi arvioi, onko ankkuritapaaminen oikea tapa auttaa.",
                    "Ankkurikahveilla tiimit ja yhteistyökumppanit tapaavat kuukausittain ja "
                    "vaihtavat ajankohtaista tietoa.",
                ),
                h2("Ankkuritiimien asiantuntijoille"),
                p(
                    "Kirjautuneet käyttäjät tallentavat tapaamisten tilastotiedot, laativat "
                    "toimintakertomuksen ja seuraavat perehdytyssuunnitelmaa tässä portaalissa.",
                ),
            ],
        },
        "sv": {
            "title": "För yrkesverksamma",
            "slug": "for-yrkesverksamma",
            "search_description": "Anvisningar för samarbetspartner och experter i ankarteamen.",
            "lead": "Skolor, social- och hälsovårdstjänster och organisationer kan hänvisa unga "
            "till ankarverksamheten.",
            "body": [
                h2("När oron väcks"),
                p(
                    "Kontakta ankarteamet i ditt område när en ung persons situation oroar dig. "
                    "Teamet bedömer om en ankarträff är rätt sätt att hjälpa.",
                    "På ankarkaffet träffas teamen och samarbetspartnerna varje månad och utbyter "
                    "aktuell information.",
                ),
                h2("För experter i ankarteamen"),
                p(
                    "Inloggade användare registrerar statistik om träffarna, sammanställer "
                    "verksamhetsberättelsen och följer introduktionsplanen i den här portalen.",
                ),
            ],
        },
        "en": {
            "title": "For professionals",
            "slug": "for-professionals",
            "search_description": "Guidance for partners and for the experts of anchor teams.",
            "lead": "Schools, social and health services and organisations can refer young "
            "people to anchor work.",
            "body": [
                h2("When you are concerned"),
                p(
                    "Contact the anchor team of your area when a young person's situation "
                    "worries you. The team assesses whether an anchor meeting is the right way "
                    "to help.",
                    "At anchor coffee, teams and partners meet every month and share current "
                    "information.",
                ),
                h2("For the experts of anchor teams"),
                p(
                    "Signed-in users record the statistics of meetings, compile the annual "
                    "report and follow their onboarding plan in this portal.",
                ),
            ],
        },
    },
    {
        "key": "contact",
        "menu": False,
        "fi": {
            "title": "Yhteystiedot",
            "slug": "yhteystiedot",
            "search_description": (
                "Ankkuritoiminnan valtakunnallinen koordinointi ja paikalliset tiimit."
            ),
            "lead": "Paikallisten ankkuritiimien yhteystiedot löydät tiimihakemistosta.",
            "body": [
                h2("Valtakunnallinen koordinointi"),
                p(
                    "Ankkuritoiminnan valtakunnallista kehittämistä johtaa sisäministeriön "
                    "asettama kehittämisryhmä. Valtakunnallinen koordinaattori kokoaa "
                    "tilastot, järjestää koulutukset ja ylläpitää tätä sivustoa.",
                ),
            ],
        },
        "sv": {
            "title": "Kontakt",
            "slug": "kontakt",
            "search_description": (
                "Den nationella samordningen av ankarverksamheten och de lokala teamen."
            ),
            "lead": "Kontaktuppgifterna till de lokala ankarteamen finns i teamkatalogen.",
            "body": [
                h2("Nationell samordning"),
                p(
                    "Den nationella utvecklingen av ankarverksamheten leds av en "
                    "utvecklingsgrupp som inrikesministeriet tillsatt. Den nationella "
                    "samordnaren sammanställer statistiken, ordnar utbildningar och "
                    "upprätthåller den här webbplatsen.",
                ),
            ],
        },
        "en": {
            "title": "Contact",
            "slug": "contact",
            "search_description": "National coordination of anchor work and the local teams.",
            "lead": "You find the contact details of the local anchor teams in the team directory.",
            "body": [
                h2("National coordination"),
                p(
                    "The national development of anchor work is led by a development group set "
                    "up by the Ministry of the Interior. The national coordinator compiles the "
                    "statistics, organises training and maintains this website.",
                ),
            ],
        },
    },
]

ACCESSIBILITY = {
    "feedback_url": "https://ankkuritoiminta.fi/palaute/",
    "feedback_email": "saavutettavuus@example.fi",
    "statement_date": datetime.date(2025, 9, 1),
    "fi": {
        "title": "Saavutettavuusseloste",
        "slug": "saavutettavuusseloste",
        "search_description": "Sivuston saavutettavuuden tila ja palautteen antaminen.",
        "lead": "Tämä seloste koskee ankkuritoiminta.fi-sivustoa. Seloste on laadittu lain "
        "digitaalisten palvelujen tarjoamisesta (306/2019) mukaisesti.",
        "body": [
            h2("Saavutettavuuden tila"),
            p(
                "Sivusto täyttää WCAG 2.1 -ohjeiston AA-tason kriittiset vaatimukset. "
                "Sivustoa voi käyttää näppäimistöllä ja ruudunlukijalla.",
                "Osa vanhoista PDF-liitteistä ei ole täysin saavutettavia. Pyydä aineisto "
                "tarvittaessa toisessa muodossa.",
            ),
        ],
    },
    "sv": {
        "title": "Tillgänglighetsutlåtande",
        "slug": "tillganglighetsutlatande",
        "search_description": "Webbplatsens tillgänglighet och hur du ger respons.",
        "lead": "Detta utlåtande gäller webbplatsen ankkuritoiminta.fi. Utlåtandet har gjorts "
        "enligt lagen om tillhandahållande av digitala tjänster (306/2019).",
        "body": [
            h2("Tillgänglighetens status"),
            p(
                "Webbplatsen uppfyller de kritiska kraven på nivå AA i WCAG 2.1. Webbplatsen "
                "kan användas med tangentbord och skärmläsare.",
                "En del äldre PDF-bilagor är inte helt tillgängliga. Be vid behov om materialet "
                "i en annan form.",
            ),
        ],
    },
    "en": {
        "title": "Accessibility statement",
        "slug": "accessibility-statement",
        "search_description": "How accessible this site is and how to give feedback.",
        "lead": "This statement covers the ankkuritoiminta.fi website. It was prepared under "
        "the Act on the Provision of Digital Services (306/2019).",
        "body": [
            h2("Compliance status"),
            p(
                "The site meets the critical requirements of WCAG 2.1 level AA. It can be used "
                "with a keyboard and a screen reader.",
                "Some older PDF appendices are not fully accessible. Ask for the material in "
                "another format if you need it.",
            ),
        ],
    },
}

NEWS_INDEX = {
    "fi": {
        "title": "Ajankohtaista",
        "slug": "ajankohtaista",
        "search_description": "Uutiset ja tiedotteet.",
        "intro": "<p>Ankkuritoiminnan uutiset ja tiedotteet.</p>",
    },
    "sv": {
        "title": "Aktuellt",
        "slug": "aktuellt",
        "search_description": "Nyheter och pressmeddelanden.",
        "intro": "<p>Nyheter och pressmeddelanden om ankarverksamheten.</p>",
    },
    "en": {
        "title": "News",
        "slug": "news",
        "search_description": "News and press releases.",
        "intro": "<p>News and press releases about anchor work.</p>",
    },
}

NEWS = [
    {
        "date": datetime.date(2020, 9, 7),
        "fi": {
            "title": "Ankkuritoimintaa kehitetään entistä vaikuttavammaksi",
            "slug": "ankkuritoimintaa-kehitetaan",
            "lead": "Sisäministeriö asetti Ankkuritoiminnan kehittämisryhmän vahvistamaan "
            "toimintaa valtakunnallisesti.",
            "body": [
                p(
                    "Moniammatillista ankkuritoimintaa on toteutettu eri puolilla maata lähes "
                    "kahdenkymmenen vuoden ajan. Se on poliisin keskeinen keino ehkäistä lasten ja "
                    "nuorten syrjäytymistä ja katkaista rikoskierre varhain.",
                    "Kehittämisryhmässä ovat mukana sisäministeriö, sosiaali- ja "
                    "terveysministeriö, opetus- ja kulttuuriministeriö, oikeusministeriö sekä "
                    "keskeiset virastot. Ryhmä kehittää myös tulosten tilastointia ja "
                    "vaikuttavuuden seurantaa.",
                ),
            ],
        },
        "sv": {
            "title": "Ankarverksamheten utvecklas för att bli mer verkningsfull",
            "slug": "ankarverksamheten-utvecklas",
            "lead": "Inrikesministeriet tillsatte en utvecklingsgrupp för att stärka "
            "ankarverksamheten i hela landet.",
            "body": [
                p(
                    "Sektorsövergripande ankarverksamhet har bedrivits runt om i landet i nästan "
                    "tjugo år. Den är polisens viktigaste sätt att förebygga utslagning bland "
                    "barn och unga och att bryta brottsspiralen tidigt.",
                    "I utvecklingsgruppen deltar inrikesministeriet, social- och "
                    "hälsovårdsministeriet, undervisnings- och kulturministeriet, "
                    "justitieministeriet och centrala myndigheter. Gruppen utvecklar också "
                    "statistikföringen och uppföljningen av verkningarna.",
                ),
            ],
        },
        "en": {
            "title": "Anchor work to be developed to be more effective",
            "slug": "anchor-work-to-be-developed",
            "lead": "The Ministry of the Interior set up a development group to strengthen "
            "anchor work nationwide.",
            "body": [
                p(
                    "Multi-professional anchor work has been done around Finland for almost "
                    "twenty years. It is a key means for the police to prevent the exclusion of "
                    "children and young people and to break the cycle of crime early.",
                    "The development group brings together the Ministries of the Interior, "
                    "Social Affairs and Health, Education and Culture, and Justice, and the key "
                    "agencies. It also develops the statistics and the follow-up of impact.",
                ),
            ],
        },
    },
    {
        "date": datetime.date(2021, 1, 15),
        "fi": {
            "title": "Ankkuritiimit tilastoivat nyt yhtenäisesti",
            "slug": "yhtenainen-tilastointi",
            "lead": "Kaikki ankkuritiimit tallentavat tapaamisten tiedot samalla tavalla "
            "ankkuritoiminta.fi-portaaliin.",
            "body": [
                p(
                    "Yhtenäinen tilastointi tuottaa ensimmäistä kertaa valtakunnallista tietoa "
                    "ankkuritoiminnan asiakkaista ja tuloksista. Tilastoihin ei tallenneta "
                    "nuorten nimiä eikä muita tunnistetietoja.",
                ),
            ],
        },
        "sv": {
            "title": "Ankarteamen för nu statistik på ett enhetligt sätt",
            "slug": "enhetlig-statistik",
            "lead": "Alla ankarteam registrerar uppgifterna om träffarna på samma sätt i "
            "portalen ankkuritoiminta.fi.",
            "body": [
                p(
                    "Den enhetliga statistiken ger för första gången nationell information om "
                    "ankarverksamhetens klienter och resultat. Inga namn eller andra "
                    "identifieringsuppgifter om de unga registreras i statistiken.",
                ),
            ],
        },
        "en": {
            "title": "Anchor teams now keep uniform statistics",
            "slug": "uniform-statistics",
            "lead": "All anchor teams record their meetings in the same way in the "
            "ankkuritoiminta.fi portal.",
            "body": [
                p(
                    "Uniform statistics give national information about the clients and results "
                    "of anchor work for the first time. No names or other identifying details of "
                    "young people are recorded.",
                ),
            ],
        },
    },
    {
        "date": datetime.date(2024, 10, 3),
        "fi": {
            "title": "Ankkurikahvit tuovat yhteistyökumppanit saman pöydän ääreen",
            "slug": "ankkurikahvit",
            "lead": "Kuukausittaiset ankkurikahvit tekevät ankkuritoimintaa tutuksi kouluille, "
            "järjestöille ja muille kumppaneille.",
            "body": [
                p(
                    "Ankkurikahveilla keskustellaan nuorten rikoksista, päihteiden käytöstä, "
                    "hyvinvoinnista ja väkivaltaisesta radikalisoitumisesta. Kun kumppanit "
                    "tuntevat toisensa, tieto kulkee ja nuori saa avun nopeammin.",
                ),
            ],
        },
        "sv": {
            "title": "Ankarkaffet samlar samarbetspartnerna kring samma bord",
            "slug": "ankarkaffet",
            "lead": "Det månatliga ankarkaffet gör ankarverksamheten känd för skolor, "
            "organisationer och andra partner.",
            "body": [
                p(
                    "På ankarkaffet diskuteras brott som begås av unga, användning av rusmedel, "
                    "välbefinnande och våldsam radikalisering. När partnerna känner varandra "
                    "löper informationen och den unga får hjälp snabbare.",
                ),
            ],
        },
        "en": {
            "title": "Anchor coffee brings partners around the same table",
            "slug": "anchor-coffee",
            "lead": "Monthly anchor coffee meetings make anchor work known to schools, "
            "organisations and other partners.",
            "body": [
                p(
                    "Anchor coffee covers crimes committed by young people, substance use, "
                    "well-being and violent radicalisation. When partners know each other, "
                    "information flows and young people get help sooner.",
                ),
            ],
        },
    },
    {
        "date": datetime.date(2025, 9, 1),
        "fi": {
            "title": "Ankkuritoiminta.fi uudistui kolmikieliseksi",
            "slug": "sivusto-uudistui",
            "lead": "Sivusto palvelee nyt suomeksi, ruotsiksi ja englanniksi, ja tiimihakemisto "
            "kertoo oman kunnan ankkuritiimin.",
            "body": [
                p(
                    "Uudistetulla sivustolla on käsikirja, yhteistyökumppanien hakemisto ja "
                    "ankkuritiimien yhteystiedot. Ankkuritiimien asiantuntijat kirjautuvat "
                    "samaan palveluun tilastoimaan ja opiskelemaan.",
                ),
            ],
        },
        "sv": {
            "title": "Ankkuritoiminta.fi förnyades och är nu trespråkig",
            "slug": "webbplatsen-fornyades",
            "lead": "Webbplatsen betjänar nu på finska, svenska och engelska, och teamkatalogen "
            "visar ankarteamet för din kommun.",
            "body": [
                p(
                    "På den förnyade webbplatsen finns handboken, en katalog över "
                    "samarbetspartner och ankarteamens kontaktuppgifter. Experterna i "
                    "ankarteamen loggar in i samma tjänst för att föra statistik och studera.",
                ),
            ],
        },
        "en": {
            "title": "Ankkuritoiminta.fi renewed in three languages",
            "slug": "site-renewed",
            "lead": "The site now serves in Finnish, Swedish and English, and the team directory "
            "shows the anchor team of your municipality.",
            "body": [
                p(
                    "The renewed site has the handbook, a directory of partners and the contact "
                    "details of anchor teams. The experts of anchor teams sign in to the same "
                    "service to keep statistics and to study.",
                ),
            ],
        },
    },
]

TEAM_DESCRIPTIONS = {
    "HEL": (
        "Helsingin ankkuritiimi tukee helsinkiläisiä nuoria ja heidän perheitään. Tiimi toimii "
        "Pasilan poliisitalolla yhdessä kaupungin sosiaali-, terveys- ja nuorisopalvelujen kanssa.",
        "Helsingfors ankarteam stöder unga i Helsingfors och deras familjer. Teamet arbetar i "
        "polishuset i Böle tillsammans med stadens social-, hälso- och ungdomstjänster.",
        "The Helsinki anchor team supports young people in Helsinki and their families. The team "
        "works at the Pasila police building with the city's social, health and youth services.",
    ),
    "ESP": (
        "Länsi-Uudenmaan ankkuritiimi palvelee Espoota, Kauniaista ja Kirkkonummea. Tiimi "
        "tapaa nuoria myös kouluilla ja nuorisotiloissa.",
        "Västra Nylands ankarteam betjänar Esbo, Grankulla och Kyrkslätt. Teamet träffar unga "
        "också i skolor och ungdomslokaler.",
        "The Western Uusimaa anchor team serves Espoo, Kauniainen and Kirkkonummi. The team also "
        "meets young people at schools and youth centres.",
    ),
    "VAN": (
        "Vantaan ja Keravan ankkuritiimi toimii Itä-Uudenmaan poliisilaitoksen alueella ja "
        "tekee tiivistä yhteistyötä koulujen kanssa.",
        "Vanda och Kervo ankarteam verkar inom Östra Nylands polisinrättnings område och "
        "samarbetar tätt med skolorna.",
        "The Vantaa and Kerava anchor team works in the area of the Eastern Uusimaa Police "
        "Department and cooperates closely with schools.",
    ),
    "TRE": (
        "Pirkanmaan ankkuritiimi kattaa Tampereen ja sen naapurikunnat. Tiimi järjestää "
        "kuukausittaiset ankkurikahvit kumppaneilleen.",
        "Birkalands ankarteam täcker Tammerfors och grannkommunerna. Teamet ordnar ett "
        "månatligt ankarkaffe för sina samarbetspartner.",
        "The Pirkanmaa anchor team covers Tampere and its neighbouring municipalities. The team "
        "holds a monthly anchor coffee for its partners.",
    ),
    "TKU": (
        "Varsinais-Suomen ankkuritiimi palvelee Turkua, Kaarinaa ja Raisiota. Tapaamiset "
        "järjestetään tarvittaessa myös ruotsiksi.",
        "Egentliga Finlands ankarteam betjänar Åbo, S:t Karins och Reso. Träffarna kan vid "
        "behov också hållas på svenska.",
        "The Southwest Finland anchor team serves Turku, Kaarina and Raisio. Meetings can also "
        "be held in Swedish when needed.",
    ),
    "OUL": (
        "Oulun seudun ankkuritiimi toimii Oulussa, Kempeleessä ja Limingassa. Tiimi tekee "
        "yhteistyötä Ohjaamon ja Exit-toiminnan kanssa.",
        "Uleåborgsregionens ankarteam verkar i Uleåborg, Kempele och Limingo. Teamet samarbetar "
        "med Navigatorn och Exit-verksamheten.",
        "The Oulu region anchor team works in Oulu, Kempele and Liminka. The team cooperates "
        "with the Navigator (Ohjaamo) and the Exit programme.",
    ),
    "VAA": (
        "Vaasan seudun ankkuritiimi palvelee kaksikielisesti Vaasaa, Mustasaarta ja Laihiaa.",
        "Vasaregionens ankarteam betjänar Vasa, Korsholm och Laihela på två språk.",
        "The Vaasa region anchor team serves Vaasa, Mustasaari and Laihia in Finnish and Swedish.",
    ),
}

SITE_SETTINGS = {
    "organisation_fi": "Sisäministeriö ja poliisi – Ankkuritoiminnan valtakunnallinen koordinointi",
    "organisation_sv": "Inrikesministeriet och polisen – nationell samordning av ankarverksamheten",
    "organisation_en": "Ministry of the Interior and the police – national coordination of "
    "anchor work",
    "address_fi": "PL 26, 00023 Valtioneuvosto",
    "address_sv": "PB 26, 00023 Statsrådet",
    "address_en": "P.O. Box 26, FI-00023 Government, Finland",
    "contact_email": "ankkuritoiminta@example.fi",
    "contact_phone": "0295 480 171",
    "facebook_url": "https://www.facebook.com/ankkuritoiminta",
    "instagram_url": "https://www.instagram.com/ankkuritoiminta",
}


def partner(name, purpose, target_group, locations, methods, steering_body):
    return {
        "name": name,
        "purpose": purpose,
        "target_group": target_group,
        "locations": locations,
        "methods": methods,
        "steering_body": steering_body,
    }


# Handbook table 7 (national programmes) and a few public-sector partners of table 6.
PARTNERS = [
    {
        "slug": "riku",
        "sector": "programme",
        "nationwide": True,
        "regions": [],
        "link": "https://www.riku.fi/",
        "fi": partner(
            "Rikosuhripäivystys (RIKU)",
            "Tukea ja neuvontaa rikoksen uhreille ja heidän läheisilleen.",
            "Rikoksen uhrit, läheiset ja rikoksen todistajat.",
            "Seitsemän aluetoimistoa ja 29 palvelupistettä eri puolilla maata.",
            "Tuki ja ohjaus, jotka auttavat selviytymään kokemuksesta ja käyttämään "
            "oikeuksia. Yhteiskunnallinen vaikuttaminen lausunnoin.",
            "Oikeusministeriö",
        ),
        "sv": partner(
            "Brottsofferjouren (RIKU)",
            "Stöd och handledning för brottsoffer och deras anhöriga.",
            "Brottsoffer, anhöriga och brottsvittnen.",
            "Sju regionkontor och 29 serviceställen runt om i landet.",
            "Stöd och handledning som hjälper offret att klara sig igenom sina upplevelser och "
            "utöva sina rättigheter. Samhälleligt deltagande genom utlåtanden.",
            "Justitieministeriet",
        ),
        "en": partner(
            "Victim Support Finland (RIKU)",
            "Support and guidance for victims of crime and their families.",
            "Victims of crime, their families and witnesses.",
            "Seven regional offices and 29 service points around the country.",
            "Support and guidance that help victims cope with what happened and use their "
            "rights. Public advocacy through statements.",
            "Ministry of Justice",
        ),
    },
    {
        "slug": "exit",
        "sector": "programme",
        "nationwide": True,
        "regions": [],
        "link": "https://www.vuolle.fi/",
        "fi": partner(
            "Exit",
            "Tukea ihmisille, jotka haluavat irrottautua väkivaltaisesta ääriajattelusta tai "
            "-toiminnasta.",
            "Kaikki, joita väkivaltainen ekstremismi koskettaa, jotka haluavat irtautua "
            "ääriliikkeestä tai jotka ovat huolissaan läheisensä ääriajattelusta.",
            "Toimipisteet Helsingissä ja Oulussa.",
            "Puolueetonta ja luottamuksellista tukea, esimerkiksi keskusteluapua ja apua "
            "käytännön asioiden hoitamisessa. Vapaaehtoista ja maksutonta.",
            "Sisäministeriö",
        ),
        "sv": partner(
            "Exit",
            "Stöd för personer som vill frigöra sig från våldsbejakande extremistiskt tänkande "
            "och/eller agerande.",
            "Alla som har berörts av våldsbejakande extremism, som vill frigöra sig från en "
            "ytterlighetsrörelse eller som är oroliga över en anhörigs extremistiska tänkande.",
            "Verksamhetsställen i Helsingfors och Uleåborg.",
            "Opartiskt och konfidentiellt stöd, t.ex. samtalshjälp och hjälp med att uträtta "
            "praktiska ärenden. Frivilligt och avgiftsfritt.",
            "Inrikesministeriet",
        ),
        "en": partner(
            "Exit",
            "Support for people who want to leave violent extremist thinking or activity.",
            "Anyone affected by violent extremism, who wants to leave an extremist movement or "
            "who is worried about a close one's extremist thinking.",
            "Offices in Helsinki and Oulu.",
            "Impartial and confidential support, such as someone to talk to and help with "
            "practical matters. Voluntary and free of charge.",
            "Ministry of the Interior",
        ),
    },
    {
        "slug": "marak",
        "sector": "programme",
        "nationwide": True,
        "regions": [],
        "link": "https://thl.fi/marak",
        "fi": partner(
            "MARAK",
            "Nopeaa apua lähisuhdeväkivaltaa tai sen uhkaa kokeville.",
            "Parisuhdeväkivaltaa tai sen uhkaa kokevat.",
            "Noin 90 kunnassa.",
            "Moniammatillinen työryhmä laatii väkivallan uhrille turvasuunnitelman.",
            "Sosiaali- ja terveysministeriö: Terveyden ja hyvinvoinnin laitos",
        ),
        "sv": partner(
            "MARAK",
            "Enkel och snabb hjälp för personer som upplevt eller lever under hot om våld i "
            "nära relationer.",
            "Personer som upplever eller lever under hot om våld i parrelationen.",
            "I cirka 90 kommuner.",
            "En multiprofessionell arbetsgrupp gör upp en skyddsplan för våldsoffren.",
            "Social- och hälsovårdsministeriet: Institutet för hälsa och välfärd",
        ),
        "en": partner(
            "MARAK",
            "Quick help for people who experience intimate partner violence or live under its "
            "threat.",
            "People who experience or are threatened by intimate partner violence.",
            "In about 90 municipalities.",
            "A multi-professional working group draws up a safety plan for the victim.",
            "Ministry of Social Affairs and Health: Finnish Institute for Health and Welfare",
        ),
    },
    {
        "slug": "sovittelu",
        "sector": "programme",
        "nationwide": True,
        "regions": [],
        "link": "https://thl.fi/sovittelu",
        "fi": partner(
            "Rikos- ja riita-asioiden sovittelu",
            "Tukea ja apua sovitteluun ja hyvitykseen rikos- tai riita-asioissa.",
            "Rikos- ja riita-asioiden osapuolet.",
            "Koko maassa: palvelua tarjoavat kunnat, järjestöt ja yhdistykset.",
            "Apua rikoksen tai riidan käsittelyyn, sovitteluun ja hyvitykseen. Luottamuksellista, "
            "puolueetonta, vapaaehtoista ja maksutonta.",
            "Sosiaali- ja terveysministeriö: Terveyden ja hyvinvoinnin laitos",
        ),
        "sv": partner(
            "Medling i brott- och tvistemål",
            "Stöd och hjälp för medling och gottgörelse vid brott eller tvistemål.",
            "Parterna i ett brottmål och/eller tvistemål.",
            "I hela landet: kommuner, organisationer eller föreningar som erbjuder tjänster.",
            "Hjälp med behandling av brott eller tvistemål, medling och gottgörelse. "
            "Konfidentiellt, opartiskt, frivilligt och avgiftsfritt.",
            "Social- och hälsovårdsministeriet: Institutet för hälsa och välfärd",
        ),
        "en": partner(
            "Mediation in criminal and civil cases",
            "Support and help with mediation and reparation in criminal or civil cases.",
            "The parties to a criminal or civil case.",
            "Nationwide: municipalities, organisations and associations offer the service.",
            "Help with handling an offence or dispute, mediation and reparation. Confidential, "
            "impartial, voluntary and free of charge.",
            "Ministry of Social Affairs and Health: Finnish Institute for Health and Welfare",
        ),
    },
    {
        "slug": "vamos",
        "sector": "programme",
        "nationwide": False,
        "regions": [
            "uusimaa",
            "pohjois-savo",
            "paijat-hame",
            "pohjois-pohjanmaa",
            "varsinais-suomi",
            "lappi",
        ],
        "link": "https://www.hdl.fi/vamos/",
        "fi": partner(
            "Vamos",
            "Kohdennettua ja yksilöllistä tukea nuorille, jotka ovat vaarassa jäädä muiden "
            "palvelujen ulkopuolelle.",
            "Pääasiassa 16–29-vuotiaat nuoret.",
            "Espoo, Helsinki, Kuopio, Lahti, Oulu, Turku ja Rovaniemi.",
            "Tukea työhön, koulutukseen tai muuhun mielekkääseen tekemiseen: yksilötukea, "
            "ryhmätoimintaa, urapalveluja sekä vertais- ja harrastusryhmiä. Maksutonta, ei "
            "vaadi lähetettä.",
            "Sosiaali- ja terveysministeriö",
        ),
        "sv": partner(
            "Vamos",
            "Riktat och individuellt stöd för ungdomar som riskerar att hamna utanför "
            "samhällets övriga tjänster.",
            "Huvudsakligen 16–29-åriga ungdomar.",
            "Esbo, Helsingfors, Kuopio, Lahtis, Uleåborg, Åbo och Rovaniemi.",
            "Stöd till arbete, utbildning eller annan meningsfull verksamhet: individuellt stöd, "
            "gruppverksamhet, karriärtjänster samt kamratstöds- och hobbygrupper. "
            "Avgiftsfritt, kräver ingen remiss.",
            "Social- och hälsovårdsministeriet",
        ),
        "en": partner(
            "Vamos",
            "Targeted, individual support for young people at risk of falling outside other "
            "services.",
            "Mainly young people aged 16–29.",
            "Espoo, Helsinki, Kuopio, Lahti, Oulu, Turku and Rovaniemi.",
            "Support towards work, education or other meaningful activity: individual support, "
            "group activities, career services, peer and hobby groups. Free, no referral "
            "needed.",
            "Ministry of Social Affairs and Health",
        ),
    },
    {
        "slug": "ohjaamo",
        "sector": "programme",
        "nationwide": True,
        "regions": [],
        "link": "https://ohjaamot.fi/",
        "fi": partner(
            "Ohjaamo",
            "Ohjausta, neuvontaa ja tukea arjenhallintaan, sosiaalisiin taitoihin, "
            "koulutukseen ja työllistymiseen.",
            "Alle 30-vuotiaat nuoret.",
            "Noin 50 paikkakunnalla.",
            "Nuoren tarpeen mukaan esimerkiksi etsivä nuorisotyö, TE-palvelut, opinto-ohjaus, "
            "sosiaali- ja terveyspalvelut, Kela sekä päihde- ja mielenterveystyö. Maksutonta.",
            "Työ- ja elinkeinoministeriö",
        ),
        "sv": partner(
            "Navigatorn",
            "Handledning, rådgivning och stöd för att hantera vardagen, sociala färdigheter, "
            "utbildning och sysselsättning.",
            "Unga under 30 år.",
            "På cirka 50 orter.",
            "Enligt den ungas behov t.ex. uppsökande ungdomsarbete, TE-tjänster, "
            "studiehandledning, socialservice, hälsovård, FPA, missbrukarvård och mentalvård. "
            "Avgiftsfritt.",
            "Arbets- och näringsministeriet",
        ),
        "en": partner(
            "Navigator (Ohjaamo)",
            "Guidance, advice and support for managing everyday life, social skills, education "
            "and employment.",
            "Young people under 30.",
            "In about 50 localities.",
            "Depending on the young person's needs, e.g. outreach youth work, employment "
            "services, study guidance, social and health services, Kela, substance abuse and "
            "mental health services. Free of charge.",
            "Ministry of Economic Affairs and Employment",
        ),
    },
    {
        "slug": "etsiva-nuorisotyo",
        "sector": "youth",
        "nationwide": True,
        "regions": [],
        "link": "",
        "fi": partner(
            "Etsivä nuorisotyö",
            "Tavoittaa alle 29-vuotiaat nuoret, jotka tarvitsevat tukea palvelujen piiriin "
            "pääsemiseksi.",
            "Koulutuksen ja työn ulkopuolella olevat nuoret.",
            "Lähes jokaisessa kunnassa.",
            "Henkilökohtaista ohjausta ja saattaen vaihtaen palveluihin.",
            "Opetus- ja kulttuuriministeriö",
        ),
        "sv": partner(
            "Uppsökande ungdomsarbete",
            "Når unga under 29 år som behöver stöd för att få tillgång till tjänster.",
            "Unga utanför utbildning och arbete.",
            "I nästan varje kommun.",
            "Personlig handledning och stöd vid övergången till tjänster.",
            "Undervisnings- och kulturministeriet",
        ),
        "en": partner(
            "Outreach youth work",
            "Reaches young people under 29 who need support to access services.",
            "Young people outside education and work.",
            "In almost every municipality.",
            "Personal guidance and accompanying young people to services.",
            "Ministry of Education and Culture",
        ),
    },
    {
        "slug": "opiskeluhuolto",
        "sector": "education",
        "nationwide": True,
        "regions": [],
        "link": "",
        "fi": partner(
            "Opiskeluhuolto: koulukuraattorit ja -psykologit",
            "Tukee oppilaiden hyvinvointia ja koulunkäyntiä.",
            "Peruskoulun ja toisen asteen oppilaat ja heidän perheensä.",
            "Jokaisessa oppilaitoksessa.",
            "Yksilökeskustelut, yhteistyö huoltajien kanssa ja ohjaus muihin palveluihin.",
            "Opetushallitus",
        ),
        "sv": partner(
            "Elevhälsan: skolkuratorer och skolpsykologer",
            "Stöder elevernas välbefinnande och skolgång.",
            "Elever i grundskolan och på andra stadiet och deras familjer.",
            "I varje läroanstalt.",
            "Enskilda samtal, samarbete med vårdnadshavarna och hänvisning till andra tjänster.",
            "Utbildningsstyrelsen",
        ),
        "en": partner(
            "Student welfare: school social workers and psychologists",
            "Supports pupils' well-being and schooling.",
            "Pupils in basic and upper secondary education and their families.",
            "In every school.",
            "Individual discussions, cooperation with guardians and referral to other services.",
            "Finnish National Agency for Education",
        ),
    },
    {
        "slug": "nuorisopsykiatria",
        "sector": "health",
        "nationwide": True,
        "regions": [],
        "link": "",
        "fi": partner(
            "Nuorisopsykiatria ja nuorten päihdepalvelut",
            "Mielenterveys- ja päihdeongelmien hoito.",
            "Alle 18-vuotiaat ja heidän perheensä.",
            "Hyvinvointialueiden palveluina koko maassa.",
            "Arviointi, hoito ja perheiden tukeminen lähetteellä tai matalalla kynnyksellä.",
            "Sosiaali- ja terveysministeriö",
        ),
        "sv": partner(
            "Ungdomspsykiatri och missbrukarvård för unga",
            "Vård av psykiska problem och missbruksproblem.",
            "Unga under 18 år och deras familjer.",
            "Som välfärdsområdenas tjänster i hela landet.",
            "Bedömning, vård och stöd till familjen med remiss eller med låg tröskel.",
            "Social- och hälsovårdsministeriet",
        ),
        "en": partner(
            "Adolescent psychiatry and youth substance abuse services",
            "Treatment of mental health and substance use problems.",
            "Young people under 18 and their families.",
            "As services of the wellbeing services counties nationwide.",
            "Assessment, treatment and support for families, by referral or low-threshold.",
            "Ministry of Social Affairs and Health",
        ),
    },
    {
        "slug": "aggredi",
        "sector": "ngo",
        "nationwide": False,
        "regions": ["uusimaa"],
        "link": "https://www.helsinkimissio.fi/",
        "fi": partner(
            "HelsinkiMissio – Aggredi",
            "Auttaa väkivaltaa tehneitä ja sen uhkaa kokevia nuoria lopettamaan väkivallan.",
            "Väkivaltaa tehneet tai sillä uhanneet nuoret.",
            "Pääkaupunkiseutu.",
            "Keskusteluapua ja väkivallan katkaisuun tähtäävää työskentelyä.",
            "Järjestö, rahoitus STEA",
        ),
        "sv": partner(
            "HelsinkiMissio – Aggredi",
            "Hjälper unga som har utövat eller hotat med våld att sluta med våldet.",
            "Unga som har utövat eller hotat med våld.",
            "Huvudstadsregionen.",
            "Samtalshjälp och arbete för att bryta våldet.",
            "Organisation, finansiering STEA",
        ),
        "en": partner(
            "HelsinkiMissio – Aggredi",
            "Helps young people who have used or threatened violence to stop it.",
            "Young people who have used or threatened violence.",
            "Helsinki capital region.",
            "Counselling and work aimed at ending violence.",
            "Non-governmental organisation, funded by STEA",
        ),
    },
]

# Header and footer menus: (label per language, page key or None, URL per language).
HEADER_MENU = [
    (
        {
            "fi": "Mitä on ankkuritoiminta?",
            "sv": "Vad är ankarverksamhet?",
            "en": "What is anchor work?",
        },
        "what",
        None,
    ),
    (
        {
            "fi": "Nuorille ja perheille",
            "sv": "För unga och familjer",
            "en": "For young people and families",
        },
        "young",
        None,
    ),
    (
        {"fi": "Ammattilaisille", "sv": "För yrkesverksamma", "en": "For professionals"},
        "professionals",
        None,
    ),
    (
        {"fi": "Käsikirja", "sv": "Handbok", "en": "Handbook"},
        None,
        {"fi": "kasikirja/", "sv": "handbok/", "en": "manual/"},
    ),
    (
        {"fi": "Koulutus", "sv": "Utbildning", "en": "Training"},
        None,
        {"fi": "koulutus/", "sv": "utbildning/", "en": "training/"},
    ),
    ({"fi": "Ankkuritiimit", "sv": "Ankarteam", "en": "Anchor teams"}, None, "teams/"),
    ({"fi": "Yhteistyökumppanit", "sv": "Samarbetspartner", "en": "Partners"}, None, "partners/"),
    ({"fi": "Ajankohtaista", "sv": "Aktuellt", "en": "News"}, "news", None),
]
FOOTER_MENU = [
    ({"fi": "Yhteystiedot", "sv": "Kontakt", "en": "Contact"}, "contact", None),
    (
        {
            "fi": "Saavutettavuusseloste",
            "sv": "Tillgänglighetsutlåtande",
            "en": "Accessibility statement",
        },
        "accessibility",
        None,
    ),
    (
        {"fi": "Tilastot", "sv": "Statistik", "en": "Statistics"},
        None,
        "reports/statistics/",
    ),
    ({"fi": "Kirjaudu", "sv": "Logga in", "en": "Sign in"}, None, "login/"),
]
