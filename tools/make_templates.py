#!/usr/bin/env python3
"""Build the built-in map templates in resources/templates/ (English and German).

Run from anywhere: ``python tools/make_templates.py``. The output is the
canonical .smap v1 writer form (see spec/smap-format.md), so running it twice
gives the same bytes.
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "resources" / "templates"
LANE_HEIGHT = 260.0
LANGS = ("en", "de")


def num(value):
    """Days, targets and amounts: ints when whole, else rounded to 2 decimals."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() else round(float(value), 2)


def rate(value):
    return None if value is None else round(float(value), 2)


def pick(text, lang):
    """Text given as {"en": ..., "de": ...} (or a plain string) in one language."""
    return text[lang] if isinstance(text, dict) else text


def stage(lang, id, name, entry, activities, checklist, substeps, owner, phase, days, conv, x, y, notes=""):
    return {
        "id": id,
        "kind": "stage",
        "name": pick(name, lang),
        "entry_criteria": pick(entry, lang),
        "activities": pick(activities, lang),
        "exit_checklist": [{"text": pick(t, lang), "required": r} for t, r in checklist],
        "substeps": [pick(s, lang) for s in substeps],
        "owner": owner,
        "phase": phase,
        "expected_days": num(days),
        "conversion_rate": rate(conv),
        "notes": pick(notes, lang),
        "x": float(x),
        "y": float(y),
    }


def decision(lang, id, name, owner, phase, x, y, notes=""):
    return {
        "id": id,
        "kind": "decision",
        "name": pick(name, lang),
        "owner": owner,
        "phase": phase,
        "notes": pick(notes, lang),
        "x": float(x),
        "y": float(y),
    }


def outcome(lang, id, name, result, x, y, notes=""):
    return {
        "id": id,
        "kind": "outcome",
        "name": pick(name, lang),
        "result": result,
        "notes": pick(notes, lang),
        "x": float(x),
        "y": float(y),
    }


def link(lang, id, source, target, kind="flow", label="", share=None):
    return {
        "id": id,
        "source": source,
        "target": target,
        "kind": kind,
        "label": pick(label, lang),
        "share": rate(share),
    }


def note(lang, id, text, x, y, color="#FFF3B0"):
    return {"id": id, "text": pick(text, lang), "x": float(x), "y": float(y), "color": color}


def document(lang, title, goal, start, lanes, phases, nodes, links, notes, kpis, funnel, lane_height=LANE_HEIGHT):
    return {
        "format": "salesmap",
        "version": 1,
        "title": pick(title, lang),
        "goal": pick(goal, lang),
        "language": lang,
        "start": start,
        "lanes": [{"id": i, "name": pick(n, lang), "color": c} for i, n, c in lanes],
        "phases": [{"id": i, "name": pick(n, lang)} for i, n in phases],
        "nodes": nodes,
        "links": links,
        "notes": notes,
        "kpis": [{"name": pick(n, lang), "target": pick(t, lang)} for n, t in kpis],
        "funnel": funnel,
        "lane_height": lane_height,
    }


PHASES = [
    ("awareness", {"en": "Awareness", "de": "Bewusstsein"}),
    ("consideration", {"en": "Consideration", "de": "Überlegung"}),
    ("decision", {"en": "Decision", "de": "Entscheidung"}),
    ("advocacy", {"en": "Advocacy", "de": "Fürsprache"}),
]

SEED_KPIS = [
    (
        {"en": "Sales cycle length", "de": "Länge des Vertriebszyklus"},
        {"en": "Under 75 days from SQL to contract signed", "de": "Unter 75 Tage vom SQL bis zur Vertragsunterzeichnung"},
    ),
    (
        {"en": "Conversion rates", "de": "Konversionsraten"},
        {
            "en": "MQL to SQL at least 45 %; SQL to contract signed at least 25 %",
            "de": "MQL zu SQL mindestens 45 %; SQL bis Vertragsunterzeichnung mindestens 25 %",
        },
    ),
    (
        {"en": "Sales qualified lead delivery", "de": "Gelieferte vertriebsqualifizierte Leads (SQL)"},
        {"en": "At least 55 SQLs per month", "de": "Mindestens 55 SQLs pro Monat"},
    ),
    (
        {"en": "First response time", "de": "Erstreaktionszeit"},
        {
            "en": "Inbound leads answered within 1 business hour",
            "de": "Inbound-Leads innerhalb von 1 Arbeitsstunde beantwortet",
        },
    ),
    (
        {"en": "Churn", "de": "Kundenabwanderung (Churn)"},
        {"en": "Under 8 % of customers per year", "de": "Unter 8 % der Kunden pro Jahr"},
    ),
    (
        {"en": "Retention", "de": "Kundenbindung"},
        {"en": "Net revenue retention at least 105 %", "de": "Netto-Umsatzbindung (NRR) mindestens 105 %"},
    ),
    (
        {"en": "Revenue", "de": "Umsatz"},
        {"en": "3.6 million EUR new business per year", "de": "3,6 Mio. EUR Neugeschäft pro Jahr"},
    ),
]


# --------------------------------------------------------------------------
# Extended B2B process (the seed's 14 stages)
# --------------------------------------------------------------------------

EXT_LANES = [
    ("marketing", {"en": "Marketing", "de": "Marketing"}, "#4A7FB5"),
    ("sales", {"en": "Sales", "de": "Vertrieb"}, "#3E9E78"),
    ("sales-engineering", {"en": "Sales engineering", "de": "Presales"}, "#8A6BB0"),
    ("customer-success", {"en": "Customer success", "de": "Customer Success"}, "#C98A3E"),
]
MKT, SAL, SE, CS = 0, 1, 2, 3
TWO_ROW_LANE_HEIGHT = 340.0  # two rows of cards per lane, so a flow can fold into a page-shaped map
# Column centres: 220 apart; 250 where the buyer-journey phase changes (phase bands must not touch)
# and before Verbal agreement (room for the share label).
EXT_COLUMNS = (0.0, 250.0, 470.0, 690.0, 940.0, 1160.0, 1410.0, 1660.0, 1880.0)
ROWS = {"top": 85.0, "middle": 170.0, "bottom": 255.0}  # centre y inside a lane of TWO_ROW_LANE_HEIGHT
# Sales runs left to right over two rows; the customer-success chain folds back in its lane's two rows.
EXT_PLACES = {
    "brand-awareness": (0, MKT, "top"), "brand-engagement": (0, MKT, "bottom"), "mql": (1, MKT, "bottom"),
    "sales-interaction": (1, SAL, "top"), "fit-confirmed": (2, SAL, "top"), "nurture": (2, MKT, "top"),
    "sql": (2, SAL, "bottom"), "discovery": (3, SAL, "bottom"), "demo": (4, SE, "middle"),
    "proposal": (5, SAL, "top"), "lost": (5, SE, "bottom"), "verbal-agreement": (6, SAL, "top"),
    "contract-signed": (6, SAL, "bottom"), "implementation": (7, CS, "top"), "go-live": (8, CS, "top"),
    "new-customer": (8, CS, "bottom"), "existing-customer": (7, CS, "bottom"), "won": (5.8, CS, "bottom"),
    "n1": (4, MKT, "top"), "n2": (7, MKT, "middle"),
}


def spot(places, columns, item: str) -> tuple[float, float]:
    """(x, y) of a node or note from its (column, lane, row); a fractional column lies between two."""
    column, lane, row = places[item]
    whole = int(column)
    following = columns[min(whole + 1, len(columns) - 1)]
    x = columns[whole] + (column - whole) * (following - columns[whole])
    return x, lane * TWO_ROW_LANE_HEIGHT + ROWS[row]


def at(item: str) -> tuple[float, float]:
    """Where a node or note of the extended template sits."""
    return spot(EXT_PLACES, EXT_COLUMNS, item)


def extended(lang):
    L = lang
    n = []
    n.append(stage(
        L, "brand-awareness",
        {"en": "Brand awareness", "de": "Markenbekanntheit"},
        {
            "en": "The company fits the ideal customer profile (industry, size, region) and is on a target account or audience list.",
            "de": "Das Unternehmen passt zum idealen Kundenprofil (Branche, Größe, Region) und steht auf einer Zielkunden- oder Zielgruppenliste.",
        },
        {
            "en": "Marketing places the brand in front of the target audience across several channels: print and digital advertising, SEO, mailers, trade shows and e-mail marketing.",
            "de": "Das Marketing platziert die Marke über mehrere Kanäle gezielt bei der Zielgruppe: Print- und Online-Werbung, SEO, Mailings, Messen und E-Mail-Marketing.",
        },
        [
            ({"en": "Contact reached by at least one campaign", "de": "Kontakt über mindestens eine Kampagne erreicht"}, True),
            ({"en": "Source channel recorded in the CRM", "de": "Herkunftskanal im CRM erfasst"}, True),
            ({"en": "Contact added to the nurture list", "de": "Kontakt in die Nurturing-Liste aufgenommen"}, False),
        ],
        [
            {"en": "Print and digital advertising", "de": "Print- und Online-Werbung"},
            {"en": "SEO", "de": "SEO"},
            {"en": "Mailers", "de": "Mailings"},
            {"en": "Trade shows", "de": "Messen"},
            {"en": "E-mail marketing", "de": "E-Mail-Marketing"},
        ],
        "marketing", "awareness", 30, 0.65, *at("brand-awareness"),
    ))
    n.append(stage(
        L, "brand-engagement",
        {"en": "Brand engagement", "de": "Markeninteraktion"},
        {
            "en": "The buyer interacts with the brand: submits a contact form, downloads a white paper, case study or brochure, chats with the bot, attends a webinar or replies to a marketing e-mail.",
            "de": "Der Interessent interagiert mit der Marke: schickt ein Kontaktformular ab, lädt ein Whitepaper, eine Fallstudie oder eine Broschüre herunter, nutzt den Chatbot, nimmt an einem Webinar teil oder antwortet auf eine Marketing-E-Mail.",
        },
        {
            "en": "Marketing tracks the interactions, scores them and nurtures the contact with relevant content until the minimum qualification is met.",
            "de": "Das Marketing erfasst und bewertet die Interaktionen (Lead-Scoring) und versorgt den Kontakt mit passenden Inhalten, bis die Mindestqualifikation erfüllt ist.",
        },
        [
            ({"en": "Contact record complete (name, company, role, e-mail)", "de": "Kontaktdatensatz vollständig (Name, Firma, Funktion, E-Mail)"}, True),
            ({"en": "Lead score calculated", "de": "Lead-Score berechnet"}, True),
            ({"en": "Marketing consent documented (GDPR)", "de": "Einwilligung für Marketing dokumentiert (DSGVO)"}, True),
        ],
        [
            {"en": "Contact form", "de": "Kontaktformular"},
            {"en": "White paper / case study download", "de": "Download von Whitepaper / Fallstudie"},
            {"en": "Chatbot", "de": "Chatbot"},
            {"en": "Webinar", "de": "Webinar"},
            {"en": "Reply to marketing e-mail or mailer", "de": "Antwort auf Marketing-E-Mail oder Mailing"},
        ],
        "marketing", "awareness", 21, 0.75, *at("brand-engagement"),
    ))
    n.append(stage(
        L, "mql",
        {"en": "Marketing qualified lead (MQL)", "de": "Marketingqualifizierter Lead (MQL)"},
        {
            "en": "Minimum qualification met: region, company size and industry match, and the lead score is above the agreed threshold.",
            "de": "Mindestqualifikation erfüllt: Region, Unternehmensgröße und Branche passen, und der Lead-Score liegt über dem vereinbarten Schwellenwert.",
        },
        {
            "en": "Marketing checks the lead against the MQL definition and hands it to sales with its interaction history.",
            "de": "Das Marketing prüft den Lead gegen die MQL-Definition und übergibt ihn mit seiner Interaktionshistorie an den Vertrieb.",
        },
        [
            ({"en": "Lead assigned to a sales rep in the CRM", "de": "Lead im CRM einem Vertriebsmitarbeiter zugewiesen"}, True),
            ({"en": "Interaction history attached to the handover", "de": "Interaktionshistorie der Übergabe beigefügt"}, True),
            ({"en": "Sales accepts the lead within 1 business day", "de": "Vertrieb nimmt den Lead innerhalb von 1 Arbeitstag an"}, False),
        ],
        [],
        "marketing", "consideration", 3, 0.7, *at("mql"),
    ))
    n.append(stage(
        L, "sales-interaction",
        {"en": "Sales interaction", "de": "Erstkontakt Vertrieb"},
        {
            "en": "An MQL has been handed over, or a rep has found an outbound prospect that matches the ideal customer profile.",
            "de": "Ein MQL wurde übergeben, oder ein Vertriebsmitarbeiter hat einen Outbound-Kontakt gefunden, der zum idealen Kundenprofil passt.",
        },
        {
            "en": "The rep reaches the buyer to qualify or disqualify: which pain or problem they want to solve, whether there is a budget, the timeline and how the decision is made.",
            "de": "Der Vertriebsmitarbeiter nimmt Kontakt auf, um den Interessenten zu qualifizieren oder auszusortieren: Welches Problem will er lösen, gibt es ein Budget, wie sieht der Zeitplan aus und wie wird entschieden?",
        },
        [
            ({"en": "First conversation held with the buyer", "de": "Erstgespräch mit dem Interessenten geführt"}, True),
            ({"en": "Pain, budget, timeline and decision process noted in the CRM", "de": "Problem, Budget, Zeitplan und Entscheidungsprozess im CRM festgehalten"}, True),
            ({"en": "Decision maker identified", "de": "Entscheider identifiziert"}, False),
        ],
        [
            {"en": "LinkedIn", "de": "LinkedIn"},
            {"en": "Outbound e-mail", "de": "Outbound-E-Mail"},
            {"en": "Networking", "de": "Networking"},
            {"en": "Telemarketing", "de": "Telemarketing"},
            {"en": "In-person meetings", "de": "Persönliche Termine"},
            {"en": "Cold calls", "de": "Kaltakquise"},
        ],
        "sales", "consideration", 7, 0.85, *at("sales-interaction"),
    ))
    n.append(decision(
        L, "fit-confirmed",
        {"en": "Budget and fit confirmed?", "de": "Budget und Fit bestätigt?"},
        "sales", "consideration", *at("fit-confirmed"),
        {
            "en": "Yes when pain, budget, timeline and decision maker are all confirmed.",
            "de": "Ja, wenn Problem, Budget, Zeitplan und Entscheider bestätigt sind.",
        },
    ))
    n.append(stage(
        L, "sql",
        {"en": "Sales qualified lead (SQL)", "de": "Vertriebsqualifizierter Lead (SQL)"},
        {
            "en": "Budget and fit confirmed in the sales interaction; the buyer agrees to a discovery meeting.",
            "de": "Budget und Fit im Erstkontakt bestätigt; der Interessent ist mit einem Termin zur Bedarfsanalyse einverstanden.",
        },
        {
            "en": "The deal is qualified and waits for the discovery meeting: the rep opens the opportunity, books the meeting and invites the right people on both sides.",
            "de": "Der Deal ist qualifiziert und wartet auf die Bedarfsanalyse: Der Vertriebsmitarbeiter legt die Verkaufschance an, vereinbart den Termin und lädt die richtigen Personen auf beiden Seiten ein.",
        },
        [
            ({"en": "Opportunity created in the CRM", "de": "Verkaufschance im CRM angelegt"}, True),
            ({"en": "Discovery meeting scheduled", "de": "Termin zur Bedarfsanalyse vereinbart"}, True),
            ({"en": "Agenda sent to the buyer", "de": "Agenda an den Interessenten verschickt"}, False),
        ],
        [],
        "sales", "consideration", 5, 0.9, *at("sql"),
    ))
    n.append(stage(
        L, "discovery",
        {"en": "Discovery / needs analysis", "de": "Bedarfsanalyse"},
        {
            "en": "The discovery meeting is scheduled; from then on the deal counts as active.",
            "de": "Der Termin zur Bedarfsanalyse steht; ab dann gilt der Deal als aktiv.",
        },
        {
            "en": "One or more discovery meetings gather all requirements: current process, pains, success criteria, stakeholders, technical environment and budget range.",
            "de": "In einem oder mehreren Terminen werden alle Anforderungen erhoben: heutiger Ablauf, Probleme, Erfolgskriterien, Beteiligte, technische Umgebung und Budgetrahmen.",
        },
        [
            ({"en": "Requirements documented and confirmed by the buyer", "de": "Anforderungen dokumentiert und vom Kunden bestätigt"}, True),
            ({"en": "Buying committee and decision criteria known", "de": "Buying Center und Entscheidungskriterien bekannt"}, True),
            ({"en": "Demo scheduled with the sales engineer", "de": "Demo-Termin mit dem Vertriebsingenieur vereinbart"}, True),
        ],
        [],
        "sales", "consideration", 14, 0.6, *at("discovery"),
    ))
    n.append(stage(
        L, "demo",
        {"en": "Demo / solution presentation", "de": "Demo / Lösungspräsentation"},
        {
            "en": "All requirements are gathered and confirmed, the buyer's key people attend, and the rep has briefed the sales engineer. No demo before that.",
            "de": "Alle Anforderungen sind erhoben und bestätigt, die wichtigen Personen des Kunden nehmen teil, und der Vertrieb hat den Vertriebsingenieur gebrieft. Vorher keine Demo.",
        },
        {
            "en": "Rep and sales engineer plan the demo together, then show only what answers the buyer's requirements, avoiding a long canned demo.",
            "de": "Vertrieb und Vertriebsingenieur planen die Demo gemeinsam und zeigen dann gezielt das, was die Anforderungen des Kunden abdeckt – keine lange Standard-Demo.",
        },
        [
            ({"en": "Demo held with the decision makers present", "de": "Demo mit den Entscheidern durchgeführt"}, True),
            ({"en": "Open questions and objections recorded", "de": "Offene Fragen und Einwände festgehalten"}, True),
            ({"en": "Buyer asks for a proposal", "de": "Kunde bittet um ein Angebot"}, False),
        ],
        [
            {"en": "Strategy call rep + sales engineer", "de": "Abstimmung Vertrieb + Vertriebsingenieur"},
            {"en": "Demo", "de": "Demo"},
            {"en": "Follow-up with answers", "de": "Nachfassen mit Antworten"},
        ],
        "sales-engineering", "decision", 10, 0.75, *at("demo"),
    ))
    n.append(stage(
        L, "proposal",
        {"en": "Proposal / quote", "de": "Angebot"},
        {
            "en": "The solution has been presented and the buyer wants to see a price.",
            "de": "Die Lösung wurde präsentiert, und der Kunde möchte einen Preis sehen.",
        },
        {
            "en": "The rep and the estimator or technical lead build the quote, get internal price approval and present the proposal to the buyer. The deal stays here until verbal agreement or until it is confirmed lost.",
            "de": "Vertrieb und Kalkulation bzw. technischer Lead erstellen das Angebot, holen die interne Preisfreigabe ein und stellen es dem Kunden vor. Der Deal bleibt hier bis zur mündlichen Zusage oder bis er als verloren bestätigt ist.",
        },
        [
            ({"en": "Internal price approval obtained", "de": "Interne Preisfreigabe eingeholt"}, True),
            ({"en": "Proposal presented to the decision maker", "de": "Angebot dem Entscheider vorgestellt"}, True),
            ({"en": "Follow-up date agreed", "de": "Termin zum Nachfassen vereinbart"}, False),
        ],
        [
            {"en": "Estimate", "de": "Kalkulation"},
            {"en": "Price approval", "de": "Preisfreigabe"},
            {"en": "Proposal presentation", "de": "Angebotspräsentation"},
        ],
        "sales", "decision", 14, 0.9, *at("proposal"),
    ))
    n.append(stage(
        L, "verbal-agreement",
        {"en": "Verbal agreement", "de": "Mündliche Zusage"},
        {
            "en": "The decision maker has said yes to the proposal.",
            "de": "Der Entscheider hat dem Angebot mündlich zugestimmt.",
        },
        {
            "en": "Rep and buyer agree on the contract process: who signs, legal and purchasing review, and the target signing date.",
            "de": "Vertrieb und Kunde klären den Vertragsprozess: Wer unterschreibt, Prüfung durch Rechtsabteilung und Einkauf, geplantes Unterschriftsdatum.",
        },
        [
            ({"en": "Contract sent to the signatory", "de": "Vertrag an den Unterzeichner verschickt"}, True),
            ({"en": "Signing date agreed", "de": "Unterschriftstermin vereinbart"}, False),
        ],
        [],
        "sales", "decision", 7, 0.9, *at("verbal-agreement"),
    ))
    n.append(stage(
        L, "contract-signed",
        {"en": "Contract signed", "de": "Vertrag unterzeichnet"},
        {
            "en": "The contract is signed by both sides. A deal cannot enter this stage before that.",
            "de": "Der Vertrag ist von beiden Seiten unterzeichnet. Vorher kann kein Deal in diese Phase.",
        },
        {
            "en": "Placeholder between verbal agreement and implementation: the deal is booked as won and handed over to the implementation team.",
            "de": "Platzhalter zwischen mündlicher Zusage und Implementierung: Der Deal wird als gewonnen gebucht und an das Implementierungsteam übergeben.",
        },
        [
            ({"en": "Signed contract filed in the CRM", "de": "Unterzeichneter Vertrag im CRM abgelegt"}, True),
            ({"en": "Handover meeting sales → customer success held", "de": "Übergabetermin Vertrieb → Customer Success durchgeführt"}, True),
            ({"en": "Invoice data passed to accounting", "de": "Rechnungsdaten an die Buchhaltung übergeben"}, False),
        ],
        [],
        "sales", "decision", 3, 1.0, *at("contract-signed"),
        {
            "en": "The funnel counts a deal as won when it arrives here (funnel settings: won at Contract signed); every signed deal then moves on to implementation.",
            "de": "Der Trichter zählt einen Deal als gewonnen, sobald er hier ankommt (Trichter-Einstellung: gewonnen bei Vertrag unterzeichnet); danach geht jeder unterschriebene Deal in die Implementierung.",
        },
    ))
    n.append(outcome(
        L, "won", {"en": "Closed won", "de": "Gewonnen"}, "won", *at("won"),
        {"en": "The customer renews and stays won. The funnel counts the deal as won earlier, at contract signed.", "de": "Der Kunde verlängert und bleibt gewonnen. Der Trichter zählt den Deal schon bei der Vertragsunterzeichnung als gewonnen."},
    ))
    n.append(stage(
        L, "implementation",
        {"en": "Implementation", "de": "Implementierung"},
        {
            "en": "Signed contract and handover notes from sales are with the implementation team.",
            "de": "Unterzeichneter Vertrag und Übergabenotizen des Vertriebs liegen beim Implementierungsteam.",
        },
        {
            "en": "The implementation team runs the project plan step by step until the customer is confirmed live on the new product or service.",
            "de": "Das Implementierungsteam arbeitet den Projektplan Schritt für Schritt ab, bis der Kunde mit dem neuen Produkt oder der neuen Dienstleistung live ist.",
        },
        [
            ({"en": "All implementation steps signed off", "de": "Alle Implementierungsschritte abgenommen"}, True),
            ({"en": "Key users trained", "de": "Key User geschult"}, True),
            ({"en": "Go-live date confirmed by the customer", "de": "Go-live-Termin vom Kunden bestätigt"}, True),
        ],
        [
            {"en": "Information gathering", "de": "Informationen sammeln"},
            {"en": "System tests", "de": "Systemtests"},
            {"en": "Training", "de": "Schulung"},
            {"en": "Beta", "de": "Beta"},
            {"en": "Side-by-side", "de": "Parallelbetrieb"},
            {"en": "Audits", "de": "Audits"},
        ],
        "customer-success", "advocacy", 45, 0.95, *at("implementation"),
    ))
    n.append(stage(
        L, "go-live",
        {"en": "Go live", "de": "Go-live"},
        {
            "en": "The customer is confirmed live on the product or service.",
            "de": "Der Kunde arbeitet nachweislich produktiv mit dem Produkt oder der Dienstleistung.",
        },
        {
            "en": "Go-live is announced to the customer's users; usually this triggers the commission payout or quota credit.",
            "de": "Der Go-live wird den Anwendern des Kunden bekanntgegeben; in der Regel löst er die Provisionszahlung bzw. Quotenanrechnung aus.",
        },
        [
            ({"en": "Go-live confirmed in writing by the customer", "de": "Go-live vom Kunden schriftlich bestätigt"}, True),
            ({"en": "Commission released", "de": "Provision freigegeben"}, False),
        ],
        [],
        "customer-success", "advocacy", 5, 0.98, *at("go-live"),
    ))
    n.append(stage(
        L, "new-customer",
        {"en": "New customer", "de": "Neukunde"},
        {
            "en": "The customer is live.",
            "de": "Der Kunde ist live.",
        },
        {
            "en": "Trial period: a dedicated onboarding team (or the implementation team for a short time) looks after the customer until they run smoothly without extra support.",
            "de": "Eingewöhnungsphase: Ein eigenes Onboarding-Team (oder kurzzeitig noch das Implementierungsteam) betreut den Kunden, bis er ohne zusätzliche Unterstützung reibungslos arbeitet.",
        },
        [
            ({"en": "No open critical support tickets", "de": "Keine offenen kritischen Support-Tickets"}, True),
            ({"en": "Onboarding formally closed with the customer", "de": "Onboarding mit dem Kunden formell abgeschlossen"}, True),
            ({"en": "Customer satisfaction survey sent", "de": "Zufriedenheitsumfrage verschickt"}, False),
        ],
        [],
        "customer-success", "advocacy", 90, 0.95, *at("new-customer"),
    ))
    n.append(stage(
        L, "existing-customer",
        {"en": "Existing customer", "de": "Bestandskunde"},
        {
            "en": "Onboarding is closed and the customer has used the product or service for the agreed period.",
            "de": "Das Onboarding ist abgeschlossen, und der Kunde nutzt das Produkt oder die Dienstleistung bereits über den vereinbarten Zeitraum.",
        },
        {
            "en": "Customer success works on retention: regular reviews, renewals, upselling and asking for referrals.",
            "de": "Customer Success sichert die Kundenbindung: regelmäßige Reviews, Vertragsverlängerungen, Upselling und aktive Nachfrage nach Empfehlungen.",
        },
        [
            ({"en": "Quarterly business review held", "de": "Quartalsgespräch (QBR) durchgeführt"}, True),
            ({"en": "Renewal date and upsell potential in the CRM", "de": "Verlängerungsdatum und Upselling-Potenzial im CRM"}, True),
            ({"en": "Referral or reference asked for", "de": "Nach Empfehlung oder Referenz gefragt"}, False),
        ],
        [
            {"en": "Retention", "de": "Kundenbindung"},
            {"en": "Upselling", "de": "Upselling"},
            {"en": "Referrals", "de": "Empfehlungen"},
        ],
        "customer-success", "advocacy", 365, 0.92, *at("existing-customer"),
        {
            "en": "Expected days: one renewal cycle. Conversion rate: share of customers who renew.",
            "de": "Erwartete Tage: ein Verlängerungszyklus. Konversionsrate: Anteil der Kunden, die verlängern.",
        },
    ))
    n.append(outcome(
        L, "nurture", {"en": "Back to nurture", "de": "Zurück ins Nurturing"}, "nurture", *at("nurture"),
        {"en": "Marketing keeps nurturing the contact until the timing is right.", "de": "Das Marketing pflegt den Kontakt weiter, bis der Zeitpunkt passt."},
    ))
    n.append(outcome(
        L, "lost", {"en": "Closed lost", "de": "Verloren"}, "lost", *at("lost"),
        {"en": "Record the loss reason in the CRM.", "de": "Verlustgrund im CRM erfassen."},
    ))

    links = [
        link(L, "l1", "brand-awareness", "brand-engagement"),
        link(L, "l2", "brand-engagement", "mql"),
        link(L, "l3", "mql", "sales-interaction"),
        link(L, "l4", "sales-interaction", "fit-confirmed"),
        link(L, "l5", "fit-confirmed", "sql", "yes", "", 0.55),
        link(L, "l6", "fit-confirmed", "nurture", "no", "", 0.45),
        link(L, "l7", "sql", "discovery"),
        link(L, "l8", "discovery", "demo"),
        link(L, "l9", "demo", "proposal"),
        link(L, "l10", "proposal", "verbal-agreement", "flow", "", 0.6),
        link(L, "l11", "proposal", "discovery", "objection",
             {"en": "Too expensive — needs ROI case", "de": "Zu teuer – braucht eine ROI-Rechnung"}, 0.15),
        link(L, "l12", "proposal", "lost", "flow",
             {"en": "Rejected", "de": "Abgelehnt"}, 0.25),
        link(L, "l13", "verbal-agreement", "contract-signed"),
        link(L, "l14", "contract-signed", "implementation", "flow",
             {"en": "Handover", "de": "Übergabe"}),
        link(L, "l15", "implementation", "go-live"),
        link(L, "l16", "go-live", "new-customer"),
        link(L, "l17", "new-customer", "existing-customer"),
        link(L, "l18", "existing-customer", "won", "flow", {"en": "Renews", "de": "Verlängert"}),
    ]
    notes = [
        note(L, "n1", {
            "en": "Parking lot: Do proposals above 50,000 EUR need a legal review?",
            "de": "Parkplatz: Brauchen Angebote über 50.000 EUR eine Prüfung durch die Rechtsabteilung?",
        }, *at("n1")),
        note(L, "n2", {
            "en": "Parking lot: When exactly is commission paid — contract signed or go-live?",
            "de": "Parkplatz: Wann genau wird die Provision fällig – bei Vertragsunterzeichnung oder beim Go-live?",
        }, *at("n2")),
    ]
    return document(
        L,
        {"en": "Extended B2B sales process", "de": "Erweiterter B2B-Vertriebsprozess"},
        {
            "en": "Raise the win rate (SQL to contract signed) from 18 % to 25 % by 2027-12-31",
            "de": "Abschlussquote (SQL bis Vertragsunterzeichnung) bis zum 31.12.2027 von 18 % auf 25 % steigern",
        },
        "brand-awareness", EXT_LANES, PHASES, n, links, notes, SEED_KPIS,
        {"target": 120, "period": "year", "won_at": "contract-signed", "deal_value": 30000, "currency": "EUR"},
        TWO_ROW_LANE_HEIGHT,
    )


# --------------------------------------------------------------------------
# Five-step process
# --------------------------------------------------------------------------

FIVE_LANES = [
    ("sales-development", {"en": "Sales development", "de": "Sales Development (SDR)"}, "#4A7FB5"),
    ("account-executive", {"en": "Account executives", "de": "Vertrieb (Account Executives)"}, "#3E9E78"),
]

FIVE_KPIS = [
    (
        {"en": "Sales cycle length", "de": "Länge des Vertriebszyklus"},
        {"en": "Under 45 days from first contact to close", "de": "Unter 45 Tage vom Erstkontakt bis zum Abschluss"},
    ),
    (
        {"en": "Conversion rates", "de": "Konversionsraten"},
        {"en": "Research to won at least 40 %", "de": "Bedarfsermittlung bis Gewonnen mindestens 40 %"},
    ),
    (
        {"en": "First response time", "de": "Erstreaktionszeit"},
        {"en": "Replies to prospects within 4 business hours", "de": "Antwort an Interessenten innerhalb von 4 Arbeitsstunden"},
    ),
    (
        {"en": "Revenue", "de": "Umsatz"},
        {"en": "600,000 EUR new business per year", "de": "600.000 EUR Neugeschäft pro Jahr"},
    ),
]


FIVE_SD, FIVE_AE = 0, 1
FIVE_COLUMNS = (0.0, 250.0, 520.0, 770.0, 990.0, 1250.0)  # wider where a "yes" or share label sits
# Prospecting folds down its lane; the account executive's part runs along the lower lane.
FIVE_PLACES = {
    "prospect": (0, FIVE_SD, "top"), "connect": (0, FIVE_SD, "bottom"), "interested": (1, FIVE_SD, "bottom"),
    "nurture": (1, FIVE_SD, "top"), "research": (2, FIVE_SD, "bottom"), "present": (3, FIVE_AE, "bottom"),
    "close": (4, FIVE_AE, "bottom"), "won": (5, FIVE_AE, "bottom"), "lost": (5, FIVE_AE, "top"),
}


def five_at(item: str) -> tuple[float, float]:
    return spot(FIVE_PLACES, FIVE_COLUMNS, item)


def five_step(lang):
    L = lang
    SD, AE = 0, 1
    n = [
        stage(
            L, "prospect",
            {"en": "Prospect", "de": "Interessenten identifizieren"},
            {
                "en": "The company matches the ideal customer profile (industry, size, region).",
                "de": "Das Unternehmen passt zum idealen Kundenprofil (Branche, Größe, Region).",
            },
            {
                "en": "Build a list of target accounts and find the right contact person in each.",
                "de": "Zielkundenliste aufbauen und in jedem Unternehmen den richtigen Ansprechpartner finden.",
            },
            [
                ({"en": "Contact person and role identified", "de": "Ansprechpartner und Funktion ermittelt"}, True),
                ({"en": "Contact data in the CRM", "de": "Kontaktdaten im CRM erfasst"}, True),
            ],
            [
                {"en": "Target account list", "de": "Zielkundenliste"},
                {"en": "Contact research", "de": "Ansprechpartner recherchieren"},
            ],
            "sales-development", "awareness", 7, 0.6, *five_at("prospect"),
        ),
        stage(
            L, "connect",
            {"en": "Connect", "de": "Kontakt aufnehmen"},
            {
                "en": "A named contact person with a phone number or e-mail address.",
                "de": "Ein namentlich bekannter Ansprechpartner mit Telefonnummer oder E-Mail-Adresse.",
            },
            {
                "en": "Reach the contact by phone, e-mail or LinkedIn and find out in a short first conversation whether there is a problem worth solving.",
                "de": "Den Ansprechpartner per Telefon, E-Mail oder LinkedIn erreichen und im kurzen Erstgespräch klären, ob es ein lohnendes Problem gibt.",
            },
            [
                ({"en": "First conversation held", "de": "Erstgespräch geführt"}, True),
                ({"en": "Interest and next step noted in the CRM", "de": "Interesse und nächster Schritt im CRM notiert"}, True),
            ],
            [
                {"en": "Cold call", "de": "Kaltakquise"},
                {"en": "E-mail", "de": "E-Mail"},
                {"en": "LinkedIn", "de": "LinkedIn"},
            ],
            "sales-development", "awareness", 10, 0.8, *five_at("connect"),
        ),
        decision(
            L, "interested",
            {"en": "Interested?", "de": "Interesse vorhanden?"},
            "sales-development", "consideration", *five_at("interested"),
        ),
        stage(
            L, "research",
            {"en": "Research", "de": "Bedarf ermitteln"},
            {
                "en": "The contact is interested and agrees to a needs conversation.",
                "de": "Der Ansprechpartner hat Interesse und ist zu einem Bedarfsgespräch bereit.",
            },
            {
                "en": "Find out needs, budget, timeline and who decides; prepare an account brief for the account executive.",
                "de": "Bedarf, Budget, Zeitplan und Entscheider klären; ein Account-Briefing für den Account Executive vorbereiten.",
            },
            [
                ({"en": "Needs, budget and decision maker documented", "de": "Bedarf, Budget und Entscheider dokumentiert"}, True),
                ({"en": "Presentation date agreed", "de": "Präsentationstermin vereinbart"}, True),
                ({"en": "Account brief handed to the account executive", "de": "Account-Briefing an den Account Executive übergeben"}, False),
            ],
            [],
            "sales-development", "consideration", 7, 0.7, *five_at("research"),
        ),
        stage(
            L, "present",
            {"en": "Present", "de": "Präsentieren"},
            {
                "en": "Needs are documented and the decision maker attends the presentation.",
                "de": "Der Bedarf ist dokumentiert, und der Entscheider nimmt an der Präsentation teil.",
            },
            {
                "en": "Present the solution tailored to the documented needs, answer questions, then send a proposal.",
                "de": "Die Lösung passend zum dokumentierten Bedarf präsentieren, Fragen beantworten, danach ein Angebot schicken.",
            },
            [
                ({"en": "Presentation held with the decision maker", "de": "Präsentation mit dem Entscheider durchgeführt"}, True),
                ({"en": "Proposal sent", "de": "Angebot verschickt"}, True),
            ],
            [],
            "account-executive", "decision", 10, 0.8, *five_at("present"),
        ),
        stage(
            L, "close",
            {"en": "Close", "de": "Abschließen"},
            {
                "en": "The buyer has the proposal.",
                "de": "Der Kunde hat das Angebot vorliegen.",
            },
            {
                "en": "Follow up, handle objections, negotiate terms and get the contract signed.",
                "de": "Nachfassen, Einwände behandeln, Konditionen verhandeln und den Vertrag unterschreiben lassen.",
            },
            [
                ({"en": "Contract signed", "de": "Vertrag unterzeichnet"}, True),
                ({"en": "Handover to onboarding", "de": "Übergabe an das Onboarding"}, False),
            ],
            [],
            "account-executive", "decision", 14, 0.9, *five_at("close"),
        ),
        outcome(L, "won", {"en": "Closed won", "de": "Gewonnen"}, "won", *five_at("won")),
        outcome(L, "lost", {"en": "Closed lost", "de": "Verloren"}, "lost", *five_at("lost"),
                {"en": "Record the loss reason in the CRM.", "de": "Verlustgrund im CRM erfassen."}),
        outcome(L, "nurture", {"en": "Back to nurture", "de": "Zurück ins Nurturing"}, "nurture",
                *five_at("nurture")),
    ]
    links = [
        link(L, "l1", "prospect", "connect"),
        link(L, "l2", "connect", "interested"),
        link(L, "l3", "interested", "research", "yes", "", 0.4),
        link(L, "l4", "interested", "nurture", "no", "", 0.6),
        link(L, "l5", "research", "present"),
        link(L, "l6", "present", "close"),
        link(L, "l7", "close", "won", "flow", "", 0.65),
        link(L, "l8", "close", "research", "objection",
             {"en": "Price too high — rebuild the business case", "de": "Preis zu hoch – Business Case neu aufbauen"}, 0.15),
        link(L, "l9", "close", "lost", "flow", {"en": "Rejected", "de": "Abgelehnt"}, 0.2),
    ]
    return document(
        L,
        {"en": "Five-step sales process", "de": "Vertriebsprozess in fünf Schritten"},
        {
            "en": "Win 20 new customers in 2027",
            "de": "Im Jahr 2027 20 Neukunden gewinnen",
        },
        "prospect", FIVE_LANES, PHASES, n, links, [], FIVE_KPIS,
        {"target": 20, "period": "year", "won_at": "won", "deal_value": 30000, "currency": "EUR"},
        TWO_ROW_LANE_HEIGHT,
    )


# --------------------------------------------------------------------------
# Blank map
# --------------------------------------------------------------------------

def blank(lang):
    return document(
        lang,
        {"en": "New sales process", "de": "Neuer Vertriebsprozess"},
        "", None, [], PHASES, [], [], [], [], None,
    )


TEMPLATES = {"extended-b2b": extended, "five-step": five_step, "blank": blank}


def dump(doc) -> str:
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, build in TEMPLATES.items():
        for lang in LANGS:
            path = OUT / f"{name}.{lang}.smap"
            path.write_text(dump(build(lang)), encoding="utf-8", newline="\n")
            print(path)


if __name__ == "__main__":
    main()
