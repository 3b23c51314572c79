"""Response strategies on sentences of our own, statements, accusations, gold and command."""
import json
import subprocess
import sys

import pytest

from framing.corpus import prepare
from framing.quotes import extract_quotes
from framing.responses import accusations, response_rows, statements

from conftest import ROOT


def strategies(text, lexicons):
    return {(row["strategy"], row["evidence"].lower()) for row in response_rows(prepare(text, "t", lexicons), lexicons)}


@pytest.mark.parametrize("text, strategy, evidence", [
    ('"There are no camps in the region," said Wang Wenbin.', "literal_denial", "there are no"),
    ("The ministry denied the existence of the facilities.", "literal_denial", "denied the existence"),
    ('"The report is full of lies and rumours," said Hua Chunying.', "discredit_source", "lies"),
    ("The minister told the world to ignore the gossip about the region.", "discredit_source", "gossip"),
    ('"Residents are free to fast during Ramadan," the spokesman said.', "positive_self_presentation",
     "are free to fast"),
    ('Zhao Lijian called the report a "farce".', "discredit_source", "farce"),
    ('"Xinjiang affairs are purely China\'s internal affairs," said Wang Wenbin.', "sovereignty", "internal affairs"),
    ('"Some countries interfere in our affairs," the spokesman said.', "sovereignty", "interfere"),
    ('"This is a lie spread by anti-China forces," said Wang Wenbin.', "motive_attack", "anti-china"),
    ('"They politicise human rights," said Hua Chunying.', "motive_attack", "politicise"),
    ('"The measures are part of counter-terrorism work," said Wang Wenbin.', "justification", "counter-terrorism"),
    ('"The centres were set up in accordance with the law," the spokesman said.', "justification",
     "in accordance with the law"),
    ('"They are boarding schools where trainees learn skills," said Wang Wenbin.', "reframing", "boarding schools"),
    ('"Workers choose jobs on a voluntary basis," said Hua Chunying.', "reframing", "voluntary"),
    ('"People in Xinjiang live a happy life in ethnic harmony," said Wang Wenbin.', "positive_self_presentation",
     "happy"),
    ('"Their rights are fully guaranteed," the spokesman said.', "positive_self_presentation", "fully guaranteed"),
    ("The envoy said he hoped the commissioner would visit the region.", "positive_self_presentation",
     "hoped the commissioner would visit"),
    ('"The centres provide free meals and dormitories," the official said.', "positive_self_presentation",
     "provide free"),
    ('"The US should look at its own poor record," said Hua Chunying.', "counter_accusation", "look at its own"),
    ('"The US should explain its wars in Iraq and Afghanistan," the spokesman said.', "counter_accusation",
     "wars in iraq"),
    ('"These so-called defenders of human rights are silent at home," said Hua Chunying.', "counter_accusation",
     "so-called defenders of human rights"),
    ('"Our policy is no different from programmes in Britain," the spokesman said.', "justification",
     "no different from"),
    ('"Such attempts are futile," said Wang Wenbin.', "futility", "futile"),
    ('"Our progress is unstoppable, no force can stop it," said Wang Wenbin.', "futility", "no force can stop"),
    ('"The pressure will not work," said Wang Wenbin.', "futility", "will not work"),
    ('"These reports are false information," said Wang Wenbin.', "discredit_source", "false information"),
    ('"Xinjiang has nothing to hide," said Wang Wenbin.', "positive_self_presentation", "nothing to hide"),
    ('"It is a cold-war strategy," said Wang Wenbin.', "motive_attack", "cold-war"),
    ('"Such sensational reporting misleads," said Wang Wenbin.', "discredit_source", "sensational"),
    ('"Their quality of life has improved," said Wang Wenbin.', "positive_self_presentation", "quality of life"),
    ('"The Uyghur population has grown," said Wang Wenbin.', "positive_self_presentation", "population has grown"),
    ('"Smearing China will never succeed," said Hua Chunying.', "futility", "will never succeed"),
    ('"They are campuses, not camps," said Le Yucheng.', "literal_denial", "not camps"),
    ('The research was "riddled with errors", the Global Times said.', "discredit_source", "riddled with errors"),
    ('The newspaper called the scholar a "far-right fanatic".', "discredit_source", "fanatic"),
    ('"The population of Uygurs has grown," said Wang Wenbin.', "positive_self_presentation",
     "population of uygurs has grown"),
    ('"They are campuses, not camps," said Le Yucheng.', "reframing", "campuses"),
    ('Experts accused Beijing of cherry-picking the numbers.', "discredit_source", "cherry-picking"),
    ('"The EU must reflect on itself," said Wang Wenbin.', "counter_accusation", "reflect on itself"),
    ('"The college helps students find jobs," said Wang Wenbin.', "positive_self_presentation", "find jobs"),
    ('"She was never sterilized," said Xu Guixiang.', "literal_denial", "was never"),
    ('"It is like lifting a rock to drop it on one\'s own feet," said Hua Chunying.', "futility",
     "lifting a rock to drop it on one's own feet"),
    ('"Xinjiang is a shining example of progress," said Wang Wenbin.', "positive_self_presentation", "shining example"),
    ('"The US must stop its wrongdoings," said Wang Wenbin.', "counter_accusation", "wrongdoings"),
    ('"The claims are absolute fallacies," said Xu Guixiang.', "discredit_source", "fallacies"),
    ('Zakir said the figure is "far less" than 1 million.', "literal_denial", "far less\" than"),
    ('"Our path suits our own national conditions," said Wang Wenbin.', "sovereignty", "national conditions"),
    ('"Their intentions are even more malign," said Xu Guixiang.', "motive_attack", "malign"),
    ('"The threats are still out there," said Xu Guixiang.', "justification", "the threats are still out there"),
    ('"The move violates international law," the spokesperson said.', "counter_accusation",
     "violates international law"),
    ('Diplomats say the reports are surely exaggerated.', "discredit_source", "exaggerated"),
    ('"He is a laughing stock and a clown," said Hua Chunying.', "discredit_source", "laughing stock"),
    ('Nike said it disavowed forced labour.', "literal_denial", "disavowed"),
    ('The IOC said boycotts punish athletes and do not work.', "futility", "do not work"),
    ('Officials said the centres would open to stabilize the region.', "justification", "stabilize"),
    ('"The women spontaneously agreed," said Li Xiaoxia.', "reframing", "spontaneously"),
    ('"The growth rate of the Uighur population is higher," said Xu Guixiang.', "positive_self_presentation",
     "growth rate of the uighur population"),
    ('"They enjoy a much improved life," said Xu Guixiang.', "positive_self_presentation", "much improved life"),
    ('"The act will in no way affect Xinjiang," said Xu Guixiang.', "futility", "in no way affect"),
    ('"The ban is an act of blatant robbery," said Xu Guixiang.', "counter_accusation", "blatant robbery"),
    ('"The shirts had nothing to do with Xinjiang," said Wang Wenbin.', "literal_denial", "nothing to do with"),
    ('"The tribunal is a pseudo-court with no legitimacy," said Wang Wenbin.', "discredit_source", "pseudo-court"),
    ('"Xinjiang is China\'s internal affair," said Wang Wenbin.', "sovereignty", "internal affair"),
    ('"Muslims in Xinjiang enjoy the freedom of religious belief," said Wang Wenbin.',
     "positive_self_presentation", "enjoy the freedom"),
    ('"Claims of forced sterilization are utter nonsense," said Wang Wenbin.', "literal_denial",
     "claims of forced sterilization are utter nonsense"),
    ('"We could not find any evidence of forced labour," said the auditor.', "literal_denial",
     "could not find any evidence"),
    ('"The remarks are utterly defamatory," said Hua Chunying.', "discredit_source", "defamatory"),
    ('"The UK must respect China\'s core interests," said the embassy.', "sovereignty", "core interests"),
    ('"The motion aims at discrediting and attacking China," said the embassy.', "motive_attack",
     "discrediting and attacking china"),
    ('"The measures saved the region from turmoil," said the Global Times.', "justification",
     "saved the region from"),
    ('"Most of them have completed their courses," said Xu Guixiang.', "reframing", "completed their courses"),
    ('"The returnees will be looked after," said the minister.', "positive_self_presentation", "looked after"),
    ('"The sanctions are a piece of wastepaper," said Wang Wenbin.', "discredit_source", "a piece of wastepaper"),
    ('"China respects and protects human rights," said Wang Wenbin.', "positive_self_presentation",
     "respects and protects human rights"),
    ('"The region welcomes unbiased foreign visitors," the spokesman said.', "positive_self_presentation",
     "welcomes unbiased foreign visitors"),
    ('"After graduation I opened my own restaurant," the trainee said.', "positive_self_presentation",
     "opened my own restaurant"),
    ('"Tourism is booming, which shows all is well," the spokesman said.', "positive_self_presentation", "booming"),
    ('"We do not see any evidence of abuses at the plant," the company said.', "literal_denial",
     "do not see any evidence"),
    ('"There\u2019s no so-called forced labor," He Ning said.', "literal_denial", "there\u2019s no"),
    ('"The so-called surveillance claims are all fictitious," the official said.', "literal_denial", "fictitious"),
    ('China called the designation an "unwarranted accusation".', "literal_denial", "unwarranted"),
    ('"The accusations are completely against the facts," Zhao Lijian said.', "literal_denial", "against the facts"),
    ('Officials said the region was under threat from Islamist militants.', "justification", "islamist militants"),
    ('Officials said the detainees were held for breaking Chinese laws.', "justification", "breaking chinese laws"),
    ('Officials said all the detainees were Chinese citizens.', "sovereignty", "were chinese citizens"),
    ('"The measures do not target any particular ethnic group," said Wang Wenbin.', "literal_denial", "not target"),
    ('"The issue is not about religion but about terrorism," said Wang Wenbin.', "literal_denial", "is not about"),
    ('"The cotton did not originate from Xinjiang," the company said.', "literal_denial", "did not originate from"),
    ('"The decision was not at all tied to the talks," the minister said.', "literal_denial", "not at all tied to"),
    ('"Inditex does not have commercial relations with any factory there," the company said.', "literal_denial",
     "not have commercial relations with"),
    ('"The tribunal is a stunt to smear China," the spokesman said.', "motive_attack", "to smear"),
    ('"Nike is committed to fully guaranteed labour rights," Nike Inc said.', "positive_self_presentation",
     "fully guaranteed"),
    ('"The operation was conducted in accordance with Chinese and Thai laws," the official said.', "justification",
     "in accordance with chinese and thai laws"),
    ('"The repatriation reflects our commitment to protecting its citizens\' legitimate rights," he said.',
     "positive_self_presentation", "protecting its citizens' legitimate rights"),
])
def test_each_strategy_with_its_evidence(lexicons, text, strategy, evidence):
    assert (strategy, evidence) in strategies(text, lexicons)


def test_a_defence_held_at_a_distance_labels_nothing(lexicons):
    text = "Amnesty said China was torturing Uyghurs under the guise of counter-terrorism."
    assert "justification" not in {s for s, _ in strategies(text, lexicons)}
    assert ("justification", "counter-terrorism") in strategies(
        "China said the measures were counter-terrorism.", lexicons)


def test_what_the_other_side_is_said_to_harm_is_no_defence(lexicons):
    found = strategies('Wang Wenbin accused critics of trying to "undermine Xinjiang\'s stability and curb '
                       'China\'s development."', lexicons)
    names = {s for s, _ in found}
    assert "justification" not in names and "positive_self_presentation" not in names
    assert ("motive_attack", "curb china") in found


def test_requests_denied_are_no_denial(lexicons):
    found = {s for s, _ in strategies('The department said multiple requests to visit Xinjiang have been denied.',
                                      lexicons)}
    assert "literal_denial" not in found


def test_sovereign_security_is_sovereignty_not_justification(lexicons):
    found = {s for s, _ in strategies('"China will protect its sovereign security," said Wang Wenbin.', lexicons)}
    assert "justification" not in found


def test_a_statement_can_carry_several_strategies(lexicons):
    found = {s for s, _ in strategies('"These lies interfere in China\'s internal affairs and are futile,"'
                                      ' said Wang Wenbin.', lexicons)}
    assert {"discredit_source", "sovereignty", "futility"} <= found


def test_a_response_from_another_side_is_classified_too(lexicons):
    found = strategies('"The reports of abuse are not true," the British minister said.', lexicons)
    assert ("literal_denial", "not true") in found


def test_statements_join_one_speakers_contiguous_quotes(lexicons):
    text = ('"The camps are schools," said Wang Wenbin.\n\n"They teach skills," he added.\n\n'
            'Human Rights Watch said the camps held a million people.')
    doc = prepare(text, "t", lexicons)
    found = statements(doc, extract_quotes(doc, lexicons))
    assert [(s.speaker, len(s.parts)) for s in found] == [("Wang Wenbin", 2), ("Human Rights Watch", 1)]
    assert found[1].paragraph_index == 3 and found[0].word_offset == 0


def test_accusations_name_who_alleges(lexicons):
    text = ("Rights groups say Beijing has carried out mass detention of Uyghurs.\n\n"
            "The Chinese government has been accused of forced labour.\n\nThe weather was fine.")
    doc = prepare(text, "t", lexicons)
    found = [(a["source"], a["alleger"], a["allegations"]) for a in accusations(doc, lexicons)]
    assert found == [("statement", "rights groups", "mass detention; detention"),
                     ("narrator", "unnamed (passive)", "forced labour")]


def test_each_unit_carries_only_its_own_strategies(lexicons):
    text = ('"These reports are lies," said Wang Wenbin.\n\n"We met the delegation on Monday," he added.')
    doc = prepare(text, "t", lexicons)
    labelled = {(row["text"], row["strategy"]) for row in response_rows(doc, lexicons)}
    assert labelled == {("These reports are lies,", "discredit_source")}


def test_a_reported_denial_takes_its_verb_as_evidence(lexicons):
    rows = response_rows(prepare("Beijing has denied the allegations.", "t", lexicons), lexicons)
    assert [(r["text"], r["strategy"], r["evidence"]) for r in rows] == [("the allegations", "literal_denial", "denied")]


def test_a_denial_coordinated_with_a_request_is_two_units(lexicons):
    rows = response_rows(prepare("Drone maker Skyward disputes Xinjiang charges, asks for fair treatment from the EU\n\n"
                                 "Skyward said it would cooperate.", "t", lexicons), lexicons)
    assert [(r["text"], r["strategy"], r["evidence"]) for r in rows] == [("Xinjiang charges", "literal_denial",
                                                                          "disputes")]


def test_responses_command():
    article = ROOT / "data" / "raw" / "001_17c4dd5b5c7471e0.txt"
    result = subprocess.run([sys.executable, "-m", "framing", "responses", "--format", "json", str(article)],
                            capture_output=True, text=True, cwd=ROOT)
    rows = json.loads(result.stdout)
    assert list(rows[0]) == ["doc_id", "start", "end", "speaker", "group", "strategy", "evidence", "text"]
    assert {"Zhao Lijian", "farce"} <= {v for r in rows for v in (r["speaker"], r["evidence"])}


def test_defending_strategies_are_the_accused_sides_only(lexicons):
    """A critic who speaks of security or students is not justifying or reframing (lexicon ``sides``)."""
    critic = {s for s, _ in strategies('"The students are held for security reasons," said Human Rights Watch.',
                                       lexicons)}
    official = {s for s, _ in strategies('"The students are held for security reasons," said Wang Wenbin.',
                                         lexicons)}
    assert not critic & {"justification", "reframing"}
    assert {"justification", "reframing"} <= official


def test_a_country_inside_the_quotation_does_not_place_the_speaker(lexicons):
    quote = extract_quotes(prepare('"Britain does the same," the spokesman said.', "t", lexicons), lexicons)[0]
    assert quote.group == "CN_GOV"


def test_false_information_discredits_but_a_claim_declared_false_is_denied(lexicons):
    """GUIDELINES 1.5: 'lies'/'false information' attack the source; 'the claims are false' denies a claim."""
    attacked = {s for s, _ in strategies('"These are lies and false information," said Wang Wenbin.', lexicons)}
    denied = {s for s, _ in strategies('"The accusations are totally false," said Wang Wenbin.', lexicons)}
    assert "literal_denial" not in attacked and "discredit_source" in attacked
    assert "literal_denial" in denied


def test_not_just_about_someone_is_no_denial(lexicons):
    found = {s for s, _ in strategies('"These things are not just about you," the message said.', lexicons)}
    assert "literal_denial" not in found
