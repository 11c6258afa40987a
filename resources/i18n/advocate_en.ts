<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AppContext</name>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocate is not allowed to write there. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer refused the operation: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside Advocate ({0}). What you typed is kept; try again, and if it keeps happening, restart the app.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoreText</name>
    <message>
        <source>ZIP code {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP code {0} is split between {1} congressional districts. Enter your street address to find your one Representative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address service found {0} addresses like the one entered. They are all in the same district; check that one of them is yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address service found {0} different addresses like the one entered, in different districts. Pick yours, or enter the full address with the ZIP code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puerto Rico has no senators. Its member of the House is a non-voting delegate (the Resident Commissioner) who can still cosponsor bills and speak for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} has no senators. Its member of the House is a non-voting delegate who can still cosponsor bills and speak for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ZIP code table uses the {0} Congress map; the member data is for the {2}. Use a street address to be sure.</source>
        <comment>ordinal</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} Congress districts (ZIP code table)</source>
        <comment>ordinal</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} Congress districts (Census {2})</source>
        <comment>ordinal</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <source>Data download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before it can find anyone&apos;s members of Congress, Advocate needs two public lists: the members of Congress and the ZIP code table (a few megabytes, downloaded once and kept for offline use).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading the public data… You can fill in your details meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public data is downloaded. Advocate now works offline too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data could not be downloaded: {0}

Connect to the internet and press “Try again”. Without internet, an organizer can copy the data folder from another computer, or point Advocate at a folder or USB stick with the files in Data settings. Until then you cannot look anyone up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataTab</name>
    <message>
        <source>Advocate keeps a copy of these public lists so it works offline. It checks for a newer copy at most once a day when online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update data now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update data now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Members of Congress from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of Congress source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ZIP code table from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP code table source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A web address, or a folder on this computer or a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by the environment variable {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking for new data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} list(s) updated, the others were already current.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not updated: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmailTab</name>
    <message>
        <source>To email letters (to yourself or your organizer), Advocate needs your mail provider&apos;s outgoing (SMTP) server. The password is kept only in this computer&apos;s password store (keyring), never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. smtp.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL/TLS (usually port 465)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No encryption (this computer only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave empty to keep the saved password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Maria Lopez &lt;maria@example.org&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where your group collects letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail &amp;server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organizer&apos;s email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizer&apos;s email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by the environment variable {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no password store Advocate can use: a password you type is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password is saved in {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords are saved in {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to {0} and logged in. Email is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the mail server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryTabs</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent and saved letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent and saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} to {1}: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is waiting: every email was handed to the mail server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} email(s) not sent yet. They stay here until the mail server takes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}  {1}: {2} ({3})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No letters yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letters you saved, printed, emailed or pasted into a form, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emailed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail program</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident Commissioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Democrat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Republican</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Independent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, at large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, district {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Senate seat for {0} is vacant in our data, so there is no letter for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The House seat for {0} is vacant in our data. You can still write to your senators; update the data (Settings › Data) to see if the seat has been filled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterPage</name>
    <message>
        <source>Your letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your story, in your own words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few sentences about why this matters to you. It goes into every letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does this bill matter to you? A few sentences are plenty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideas for your story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking points to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview (you can edit each letter):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your letters appear here once your members are found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How personal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How personal your letter is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading campaigns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (ended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaign is installed. Reinstall Advocate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This campaign has ended: its Congress is over and its bills died with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking who supports the bill…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add my name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This campaign has no bill for: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the campaign&apos;s words so far. Offices give far more weight to a letter with a sentence or two of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A little of you is in it. A few more words of your own will help it stand out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good: your own words are a real part of this letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very personal. Offices notice letters like this one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterPreview</name>
    <message>
        <source>Letter heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You changed this letter yourself, so your newest story and talking points are not in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;updated text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the updated text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own edits can be brought back with Undo (Ctrl+Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editable text of the letter. Your changes are kept when you move between steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter closing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{0}: write to Congress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New letter writer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Left / Alt+Right: back and next. Ctrl+1 to Ctrl+4: go to a step. Alt with an underlined letter: jump to that field or button. Ctrl+N: start over for the next letter writer. Ctrl+Q: quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one member to write to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberCard</name>
    <message>
        <source>Write to this member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · {1} · {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Washington office: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Your members of Congress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which of these addresses is yours?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your ZIP code is in more than one district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enter my street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter my street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is &amp;my district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is my district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We looked up: {0}. Your Representative is not certain yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We looked up {0} in the ZIP code table: district {1}. A street address is more exact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched address: {0} (district {1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member is certain yet: choose your address or district above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member data from {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District map: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address service found several addresses like the one you typed. Choose yours, then press “Use this address”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (district {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your street address to find your one Representative. If you know your district, you can choose it here instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1} ({2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: vacant seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the addresses first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up your members of Congress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your district first, or enter your street address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendJobs</name>
    <message>
        <source>Saved {0} letter(s) as PDF in {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving PDFs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These characters cannot be printed and will show as empty boxes: {0}. Remove them from your story or letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your letters will be printed with the others at the end of the event ({0} waiting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters to Congress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your email address on the first step, or choose another recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organizer address is set. Enter it in Settings › Email, or choose another recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the email address to send the letters to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use my mail program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail server is set up yet. Set one up in Settings, or write the email in your own mail program (one letter at a time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending email…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} email(s) sent, {1} not sent yet (they wait in the outbox):
{2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent {0} email(s){1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter is too long for a mail link, so it is copied: paste it into the new email&apos;s body (Ctrl+V).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your letter to {0} is copied. Paste it into the form&apos;s message box (Ctrl+V).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the office&apos;s contact form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s form is not in our data, so this opens the usual contact page of their website. If it is not a form, look for “Contact” on the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No website is known for this office. Send the letter on paper to the district office instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your message is {0} characters; many forms take only 2,000 to 5,000 and cut off the rest. Check that the form kept all of it, or shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocate could not open a web browser. The address is: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendPage</name>
    <message>
        <source>Send your letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the letters to save, print or email. Paper counts: offices read letters mailed to their district office or handed in at an event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Letters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send email to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a PDF &amp;copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a PDF copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most offices do not publish an email address: email a copy to yourself, or to your organizer for hand delivery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open contact form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open contact form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Myself ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Myself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My organizer ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My organizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emailed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>form opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued for printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a letter in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web forms take one letter at a time. “Open contact form” copies the highlighted letter ({0}) and opens that office&apos;s form: paste it into the message box.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These fill in the first step each time Advocate starts. Leave them empty on a shared computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Street address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ZIP code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents/Advocate letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save letters &amp;in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave empty to keep the saved key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Congress.gov &amp;API key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Congress.gov API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Congress.gov key (free from api.data.gov) lets Advocate check who already cosponsors a bill, so those members get a thank-you instead of a request. Without one, a shared demo key is used. The key is kept in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocate uses the new language the next time it starts. Letters stay in the language of their campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}. {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YouPage</name>
    <message>
        <source>Who is writing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your members of Congress answer letters from the people they represent, so they need your name and home address. Your street address is sent only to the U.S. Census address service, to find your district.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Maria Lopez</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1100 Congress Ave, Apt 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: printed under your name for a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: not printed in the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Street address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ZIP code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five digits. A ZIP code alone may cover several districts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;member my details on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember my details on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave this off on a shared computer, for example at an event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fin&amp;d my representatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find my representatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a ZIP code? That works, but about one ZIP code in five is split between districts; then Advocate asks for your street address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the house number to your street address (for example 1100 Congress Ave).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your city and state, or your ZIP code, after the street address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ZIP code has five digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your street address, city and state, or at least your ZIP code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up your members of Congress…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self._send</name>
    <message>
        <source>Saved in: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
