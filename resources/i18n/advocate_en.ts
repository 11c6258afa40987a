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
    <name>AskPage</name>
    <message>
        <source>The ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should members who have not signed on do? Members who already cosponsor or sponsor the bill are thanked instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please…:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you ask members to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words that fit every member: Delegates and the Resident Commissioner cannot vote on the House floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown when a person picks the campaign; empty: written from the ask.</source>
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
    <name>BillBox</name>
    <message>
        <source>optional: its congress.gov page is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senate bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} short title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} official title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} web page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BillPage</name>
    <message>
        <source>The bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which bill are people writing about? Give the House bill, the Senate bill, or both (companion bills have different numbers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Kids Online Safety Act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign &amp;title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bill&apos;s short title; empty: the campaign title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill&apos;s s&amp;hort title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill short title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Congress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Congress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bills die when their Congress ends (the 119th ends January 3, 2027).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;House bill:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Senate bill:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senate bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: there is one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignEditor</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open pack folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import .zip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load from &amp;web address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export .zip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use in Advocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New campaign from &amp;this one…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Writing campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fields a letter can use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;sample campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the Spanish letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter previews</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Cosponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} letter preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Story to try in the preview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story to try in the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problems: none. The campaign is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problems: {0} to fix, {1} to consider (press Enter on one to go there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This letter cannot be written yet:

{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Para&amp;graphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Resident Commissioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign editor: {0}{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name of the new template (ends in .j2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template&apos;s file name ends in .j2 and has no folder, e.g. delegate.txt.j2.</source>
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
        <source>The public data is here now. Press “Find my representatives” again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To find members of Congress, Advocate first needs the public lists of members and ZIP codes, and they are not on this computer yet. Connect to the internet and press “{0}”, or choose a folder or USB stick with the files in “Data settings”.</source>
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
        <source>The public data could not be downloaded, so Advocate cannot look anyone up yet. Connect to the internet and press “Try again”. Without internet, copy the data from another computer, or choose a folder or USB stick with the files in “Data settings”.

What happened: {0}</source>
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
        <source>Congress</source>
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
        <source>&amp;Load from folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load from folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take every dataset found in a folder or on a USB stick, for example one written by &apos;advocate data export&apos; on another laptop. No internet is needed.</source>
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
        <source>the Census table for the current Congress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A web address, or a folder on this computer or a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for {0}</source>
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
        <source>{0}th</source>
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
        <source>Choose the folder that holds the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder or USB stick that holds the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the data from {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n list(s) loaded from the folder.</source>
        <translation>
            <numerusform>%n list loaded from the folder.</numerusform>
            <numerusform>%n lists loaded from the folder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not loaded: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n list(s) updated, the others were already current.</source>
        <translation>
            <numerusform>%n list updated, the others were already current.</numerusform>
            <numerusform>%n lists updated, the others were already current.</numerusform>
        </translation>
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
    <name>DeleteDataBox</name>
    <message>
        <source>Your data on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete your letter history, letters waiting to be sent, unfinished letters, the details above, logs and saved answers. Files you saved yourself (PDFs) stay where they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete my data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete my data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete your letter history, unfinished letters and saved details from this computer? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) have not been sent yet. They will be deleted and never sent.</source>
        <translation>
            <numerusform>%n letter has not been sent yet. It will be deleted and never sent.</numerusform>
            <numerusform>%n letters have not been sent yet. They will be deleted and never sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete my data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep my data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting your data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your data was deleted: %n letter(s) from the history,</source>
        <translation>
            <numerusform>Your data was deleted: %n letter from the history,</numerusform>
            <numerusform>Your data was deleted: %n letters from the history,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from the outbox and</source>
        <translation>
            <numerusform>%n from the outbox and</numerusform>
            <numerusform>%n from the outbox and</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished letter(s).</source>
        <translation>
            <numerusform>%n unfinished letter.</numerusform>
            <numerusform>%n unfinished letters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) that had not been sent will not be sent.</source>
        <translation>
            <numerusform>%n letter that had not been sent will not be sent.</numerusform>
            <numerusform>%n letters that had not been sent will not be sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your details were cleared from the settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <source>Advocate could not keep a copy of your letter on this computer. What you typed is still here; finish and send it before closing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings file was damaged; Advocate started with default settings and kept the old file as {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your letter history file was damaged; Advocate started a new one and kept the old file as {0}. Letters that waited in it to be sent are not in the new outbox.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmailJobs</name>
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
    <message numerus="yes">
        <source>%n email(s) sent,</source>
        <translation>
            <numerusform>%n email sent,</numerusform>
            <numerusform>%n emails sent,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent yet (they wait in the outbox):</source>
        <translation>
            <numerusform>%n not sent yet (it waits in the outbox):</numerusform>
            <numerusform>%n not sent yet (they wait in the outbox):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n email(s){0}.</source>
        <translation>
            <numerusform>Sent %n email{0}.</numerusform>
            <numerusform>Sent %n emails{0}.</numerusform>
        </translation>
    </message>
    <message>
        <source> to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These letters were already sent to {0}.</source>
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
    <name>EventController</name>
    <message>
        <source>Ne&amp;xt participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear everything for the next person (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is for the organizer. Enter the organizer&apos;s PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quitting is for the organizer. Enter the PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) still wait in the print queue. Print them first (Organizer › Print queue), or quit again to discard them.</source>
        <translation>
            <numerusform>%n letter still waits in the print queue. Print it first (Organizer › Print queue), or quit again to discard it.</numerusform>
            <numerusform>%n letters still wait in the print queue. Print them first (Organizer › Print queue), or quit again to discard them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to &amp;print queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to print queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDFs are kept in: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a temporary folder, cleared for the next person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some temporary files could not be removed; restart the computer after the event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for the next participant.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventEmail</name>
    <message>
        <source>The mail server refused your email, so it was not delivered: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your email could not be sent now: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your letter as a PDF instead, to send or print it yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the organizer to add your letter to the print queue instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not kept on this laptop after you finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 email could not be delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} emails could not be delivered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventSetupDialog</name>
    <message>
        <source>Event mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event mode for a shared laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants write one after another. Nothing they type is kept on this computer; “Next participant” (or a pause of the idle timeout) clears the window. Settings, the campaign editor, the tallies and quitting need your PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Austin library letter night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave empty to keep the PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where “email to organizer” letters go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizer &amp;PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizer PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 6 characters. Only a scrambled form of it is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear after &amp;idle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle timeout in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After this long without a key press, a warning counts down, then the window is cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Collection email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: PDFs go to a temporary folder, cleared after each person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose PDF folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;mpaign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every participant writes for this campaign; they cannot change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking points &amp;offered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking points offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick the points participants should not be offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants may</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print (letters wait in the print queue; you print them as one batch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PDF (in the PDF folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email the letter to the collection address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the office&apos;s web contact form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start event mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Turn event mode off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn event mode off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one talking point to offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the participants&apos; PDFs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>The guide is missing from this installation; reinstall Advocate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields a letter can use</source>
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
        <source>The outbox could not be read. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be read.</source>
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
        <source>No emails are waiting to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n email(s) not sent yet. They stay here until the mail server takes them.</source>
        <translation>
            <numerusform>%n email not sent yet. It stays here until the mail server takes it.</numerusform>
            <numerusform>%n emails not sent yet. They stay here until the mail server takes them.</numerusform>
        </translation>
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
    <name>IdleWarning</name>
    <message>
        <source>Are you still there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m &amp;still here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has typed for a while. In {0} seconds this screen is cleared for the next person, and what was typed is forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Representative</source>
        <comment>a woman</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senator</source>
        <comment>a woman</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegate</source>
        <comment>a woman</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident Commissioner</source>
        <comment>a woman</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representative</source>
        <comment>a man</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senator</source>
        <comment>a man</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegate</source>
        <comment>a man</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident Commissioner</source>
        <comment>a man</comment>
        <translation type="unfinished"></translation>
    </message>
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
    <name>LetterLanguageRow</name>
    <message>
        <source>Letter in Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the letters in Spanish instead of English. Your story goes in as you wrote it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show both versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the selected letter in the other language too, below the preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This campaign is only in English: its texts and letters are in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters are in English unless you choose Spanish: English is what congressional offices log fastest. Your story goes into the letter exactly as you wrote it.</source>
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
        <source>Loading campaigns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing your letters…</source>
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
        <source>Checking who supports the bill…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocate could not check who already supports the bill, so the letter asks for support. If your member already supports it, you may thank them instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check on Congress.gov who already cosponsors {0}. The letters ask for cosponsorship; if your member already supports the bill, thank them instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
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
        <source>Check for campaign &amp;updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for campaign updates</source>
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
        <source>Use “Check for campaign updates”: its organizer may have published it for the new Congress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organizer chose this campaign for the event.</source>
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
        <source>Talking points to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;ideas for your story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideas for your story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide &amp;ideas for your story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter in the other language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same letter in English:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same letter in Spanish:</source>
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
    <message>
        <source>How personal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%p %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How personal your letter is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages of this letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This letter: 1 page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This letter: {0} pages</source>
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
    <name>LetterTabs</name>
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
        <source>This campaign has ended, so no letters are written for it. Use “Check for campaign updates” or choose another campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your letters appear here once you confirm above, or add your street.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave out a talking point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out a talking point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over one page: your letter to {0}. Offices read one-page letters first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out a talking point, or shorten your story.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorten your story or the letter itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <source>This link was not opened: Advocate opens only web pages (https://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web pages are turned off at this event.</source>
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
        <source>Tick at least one member to write to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManifestForm</name>
    <message>
        <source>e.g. stop-csam-austin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. 2027-01-03</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: https://example.org/campaign.zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 to 64 lowercase letters, digits or dashes; it names the pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Congress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Congress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Congress the bills belong to; they die when it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May use {bill}, {short_title} and {title}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organizer email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizer email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Updates published at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you will publish this pack&apos;s successor (for a new Congress). Advocate fetches it only when someone asks (&apos;advocate campaign update&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill for the House</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill for the Senate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which template each member gets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representatives:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senators:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident Commissioner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked ones are chosen unless the person changes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story &amp;prompts (one per line):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
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
        <source>Washington office not yet published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters go to the {0}, Washington, DC {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United States Senate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United States House of Representatives</source>
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
    <name>Message</name>
    <message>
        <source>{first} and {second}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letters were saved, but could not be added to your history: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No district office is known for {name}; that letter is addressed to Washington.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The emails were sent, but could not be added to your history: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>senator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delegate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commissioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign &apos;{campaign}&apos; has no letter for a {role}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign &apos;{campaign}&apos; has no bill for senators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign &apos;{campaign}&apos; has no bill for House members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your story is {length} characters long; letters work best at about one page. Please shorten it to under {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no talking point {number}; this campaign has {count} (numbered 1 to {count}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A letter needs your full name; offices answer only named constituents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name contains a line break. Write it on one line, as it should appear under your letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown paper size {paper}: choose {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown route {route}: choose &apos;dc&apos; or &apos;district&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no password store (keyring) that Advocate can use, so the password cannot be saved. You can enter it for this session only; on the command line, set ADVOCATE_SMTP_PASSWORD instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system password store is locked. Unlock it (sign in to your desktop keyring) and try again, or enter the password for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system password store did not answer. Try again, or enter the password for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocate&apos;s data file is busy (another Advocate window or command is using it). Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocate cannot open or write its data file. Check that the disk is not full and that the folder can be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocate cannot open or write its data file at {path}. Check that the disk is not full and that the folder can be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocate could not create a new data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your saved letters were written by a newer version of Advocate. Update Advocate to open them (nothing was changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no campaign &apos;{campaign}&apos;. Available: {known}. See &apos;advocate campaigns list&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack uses the id &apos;{campaign}&apos; of a campaign built into the app. Give it a different id in campaign.toml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile has no folder for installed campaigns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign &apos;{campaign}&apos; has no folder to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign pack {source} cannot be used:
{problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
  ... and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Advocate window or command is sending letters right now. Try again when it has finished; nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a street address with a house number, city and state or ZIP (for example: 1100 Congress Ave, Austin, TX 78701).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That address is too long. Enter just the street, city, state and ZIP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Census address service found no address like that. Check the house number and street, add the city and state or ZIP, or use your ZIP code alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{congress_ordinal} Congress districts (Census {vintage})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{congress_ordinal} Congress districts (Census)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{congress_ordinal} Congress districts (ZIP code table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address service found {count} addresses like the one entered. They are all in the same district; check that one of them is yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address service found {count} different addresses like the one entered, in different districts. Pick yours, or enter the full address with the ZIP code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP code {zip} is not in our ZIP-to-district table. Check it, or enter your street address instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP code {zip} is not in {district}. It lies in: {options}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP code {zip}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP code {zip} is split between {count} congressional districts. Enter your street address to find your one Representative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ZIP code table uses the {zip_congress_ordinal} Congress map; the member data is for the {congress_ordinal}. Use a street address to be sure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The House seat for {seat} is vacant in our data. Write to your senators, or update the data to see if it has been filled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who}&apos;s appointment ended with the special election on {date}; update the data to write to the current {holder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resident commissioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who}&apos;s term ended on {date}; update the data to write to the current {holder}</source>
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
        <source>That address matched several places in different districts: {options}. Enter the full address, with the ZIP code, exactly as your mail shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{how} lies in more than one congressional district ({labels}), so your Representative is not certain. Use --address with your street address, or pick one with --district (for example --district {example}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP code {zip} is in {where}, not {state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP code {zip} is split between {labels} and {reason}: only the senators&apos; letters were printed; add the district (for example {example}) in a &apos;district&apos; column to print the Representative&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP code {zip} is split between {labels} and {reason}; add the district (for example {example}) in a &apos;district&apos; column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>addresses are not looked up with --offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the street address matched places in several districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Census address service could not be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Census address service did not find the street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP code {zip} is a military (APO/FPO/DPO) address, which has no congressional district. Service members write from their home-of-record address: enter the street address or ZIP code where you are registered to vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no Washington office in our data yet (new members&apos; offices are published weeks after they are seated). Letters go to {address}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ZIP code table is from the {zip_congress_ordinal} Congress&apos;s map; the member data is for the {congress_ordinal} Congress, and district lines in {states} changed between the two. Give your street address to find your Representative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address service is unreachable; these members are found from your ZIP code. Check them, or look up the street address again when you are online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PO Box cannot be placed on the district map; these members are found from your ZIP code. Enter your home street address to be sure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most of {zip} ({share}) lies in {seat}; the rest in {rest}. That is land area, not where you live: your street address decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{zip} is divided by land area: {parts}. Your street address decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under 1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This area lies in {states}. Your senators depend on which state you live in: enter your street address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state} has no senators. Its member of the House is a non-voting delegate who can still cosponsor bills and speak for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state} has no senators. Its member of the House is a non-voting delegate (the Resident Commissioner) who can still cosponsor bills and speak for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member data is for the {congress_ordinal} Congress, which ended on January 3, {year}. Update the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s term in our data ended on {date}. Update the data to see who holds the seat now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s term in our data ended on {date} (appointed until a special election). Update the data to see who holds the seat now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{label}&apos; is not a district. Write it like TX-37, or WY-AL for at-large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a ZIP code. Enter the five digits (for example 78701).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Census address service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Census address service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Census address service returned an unknown state code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Census address service returned an unknown district code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Census address service sent an answer in an unexpected format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Census address service answered with the {answer_congress_ordinal} Congress district map, but the member data in use is for the {congress_ordinal} Congress. Update the data (&apos;advocate data update&apos;) or check the Census vintage in settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Census address service did not return congressional districts for this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Census address service could not look up congressional districts just now. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Census address service could not read that address. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender address (From)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who the letter should be emailed to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} contains a line break or another character that cannot go in an email header. Remove it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} {value} is not an email address (it should look like name@example.org).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} {value} is not an email address Advocate can use (it should look like name@example.org).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} {value} must be one email address, like Jane Doe &lt;jane@example.org&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail server is set up. Enter one in Settings (or set ADVOCATE_SMTP_HOST).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server name {host} is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server port {port} is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown mail security setting {security}: choose &apos;ssl&apos; (port 465) or &apos;starttls&apos; (port 587).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocate only sends mail over an encrypted connection. Choose &apos;ssl&apos; or &apos;starttls&apos; for {host}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unencrypted mail to this computer&apos;s own server is off. Turn on the setting smtp.allow_plain_loopback to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password is available for the mail account {user}. Enter it in Settings, or set ADVOCATE_SMTP_PASSWORD for the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server {server} does not offer an encrypted connection (STARTTLS). Advocate will not send your password or letter unencrypted; check the port and security settings (usually 465 with &apos;ssl&apos; or 587 with &apos;starttls&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server {host} does not accept a user name and password here. Check the port and security settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your mail password or user name has letters this server&apos;s login method cannot carry (it offers no AUTH PLAIN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (server: {code} {reply})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server did not accept the user name or password for {user}. Check them in Settings.{server_says}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server could not check your password just now; try again later.{server_says}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server refused the address {address}: {code} {reply}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server refused the sender address {address}: {code} {reply}. Check the From address in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server {server} would not take mail from this computer: {code} {reply}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server did not accept the letter: {code} {reply}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server {server} does not support what Advocate needs ({reason}). Check the security settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of the mail server {host} could not be verified ({reason}). Advocate does not send over a connection it cannot verify: check the server name, or this computer&apos;s certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure connection to the mail server {server} could not be set up. Check the security setting: port 465 usually uses &apos;ssl&apos;, port 587 &apos;starttls&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server {host} could not be found. Check the server name and this computer&apos;s internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server {server} refused the connection (it may be down, or the port may be wrong). Advocate will try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> It may or may not have received the letter; a second try uses the same message ID, so the copies can be recognised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server {server} did not answer in time.{uncertain}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server {server} closed the connection before the letter was accepted.{uncertain}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server {server} closed the connection at once.{uncertain}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the mail server {server} ({reason}).{uncertain}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} redirected more than {count} times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} sent more than {size}; that is not what was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} did not answer in time. Check the internet connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach {service}. Check the internet connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not get an answer from {service}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} is receiving too many requests right now. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} is receiving too many requests right now. Try again in about {minutes} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} is receiving too many requests right now. Try again in about a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} is having trouble right now (error {status}). Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} refused the request (error {status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} sent a web page instead of data; the service may be down or changed. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} sent an incomplete or unreadable answer. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of Congress (congress-legislators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District offices (congress-legislators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP code to congressional district table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee members (congress-legislators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list of committee members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download of &apos;{name}&apos; is not a list of committees and their members. The saved copy was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list of members of Congress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list of district offices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP code table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &apos;{name}&apos; source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download of &apos;{name}&apos; was not valid data (a web page or an incomplete file). The saved copy was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download of &apos;{name}&apos; does not look like that dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download of &apos;{name}&apos; does not look like that table. The saved copy was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the {count} sources of &apos;{name}&apos; gave usable data (first: {first})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} is not a folder. Choose the folder that holds the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Advocate data was found in {folder}. Expected files: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no data to export yet. Run &apos;advocate data update&apos; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file for &apos;{name}&apos; is larger than {megabytes} MB; that is not this dataset. The saved copy was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {name} has not been downloaded yet, and its source cannot be reached. Connect to the internet and run &apos;advocate data update&apos; (in the app: Settings &gt; Update data now), or load the data from a folder: &apos;advocate data update --from FOLDER&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read &apos;{name}&apos; from {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved ZIP code table is damaged. Run &apos;advocate data update&apos; to download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved member data is damaged. Run &apos;advocate data update&apos; to download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member data has no House members; it cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member data is not in the expected format (a list of people).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Congress.gov sent an answer in an unexpected format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Congress.gov sent no details for {bill}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Congress.gov sent a cosponsor list in an unexpected format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Congress.gov pointed to another site for the next page; stopped there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCampaignWizard</name>
    <message>
        <source>New campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoStreetBox</name>
    <message>
        <source>No street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You gave only your ZIP code. Offices need a street address to check that you live in their district and to reply to you by mail. Add your street in step 1, or confirm that you want to write without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write my letters without a street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write my letters without a street address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizerMenu</name>
    <message>
        <source>&amp;Organizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Event mode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print queue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;waiting emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign &amp;editor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tallies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the event needs the organizer&apos;s PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign editor is for the organizer. Enter the PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tallies are for the organizer. Enter the PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The print queue is for the organizer. Enter the PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending waiting emails is for the organizer. Enter the PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n waiting email(s) sent;</source>
        <translation type="unfinished">
            <numerusform>%n waiting email sent;</numerusform>
            <numerusform>%n waiting emails sent;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still waiting.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sending waiting emails…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackFiles</name>
    <message>
        <source>Opening the pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the campaign in {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {0}. Share it with the other laptops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the .zip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is installed: choose it on the Letter step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installing the campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your campaign is ready to try: read the previews, change the paragraphs if you like, then File &gt; Save as folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a campaign pack folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a campaign pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign packs (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder to save the pack in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the campaign as .zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load from web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The https:// address of the campaign pack (.zip):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New campaign from this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id of the new campaign (lowercase letters, digits, dashes):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This campaign has changes that are not saved. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParagraphEditor</name>
    <message>
        <source>Letter as paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a field such as the bill number or the writer&apos;s city where the cursor is; each letter fills in its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields are shown [like this]; each letter fills them in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the writer is, that they live in the member&apos;s district or state, the bill and what you ask of members who have not signed on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-you opening for cosponsors and sponsors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used instead of the opening for members who already cosponsor or sponsor the bill: thank them, and ask for the next step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last paragraph: ask for a reply or a next step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing for cosponsors and sponsors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the last paragraph for supporters (empty: the closing ask).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here the letter continues with the writer&apos;s own story, then the talking points they ticked (edit the points in the form on the left).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This letter uses template code that paragraphs cannot show (for example {0} includes other files or changes wording by chamber). Edit it under Template code, or start a new letter with File &gt; New campaign.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Organizer PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That PIN is not right. Ask the organizer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PointsEditor</name>
    <message>
        <source>Talking points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add talking point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point {0}: ticked at first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked points are in the letter unless the person unticks them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking point {0} ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove talking point {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking point {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PointsPage</name>
    <message>
        <source>Talking points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two to five reasons, a sentence or two each. A person ticks the ones they agree with; they go into the letter as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking point {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (needed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintCheck</name>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another printer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They print on {0}: put that paper in the printer, or change the paper in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your letters were not printed. {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintQueueDialog</name>
    <message>
        <source>Print queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters waiting to be printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They print as one batch: for each office a cover sheet, then its letters. The queue is kept only in memory; print it before you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Offices:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters waiting per member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rinter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print all…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your letters are set for {0} (Settings › Letters › Paper size).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This printer uses {0}; your letters are set for {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They print on {0}: put that paper in the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This printer cannot print right now: it is paused or refusing jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{0}: %n letter(s)</source>
        <translation>
            <numerusform>{0}: %n letter</numerusform>
            <numerusform>{0}: %n letters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) waiting.</source>
        <translation>
            <numerusform>%n letter waiting.</numerusform>
            <numerusform>%n letters waiting.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing resumes at stack {0} of {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters from the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing failed; the letters are still queued: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stack {0} of {1} sent to the printer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) printed,</source>
        <translation>
            <numerusform>%n letter printed,</numerusform>
            <numerusform>%n letters printed,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n stack(s).</source>
        <translation>
            <numerusform>in %n stack.</numerusform>
            <numerusform>in %n stacks.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stack {0} went out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stacks {0} to {1} went out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The other %n letter(s) are still in the queue: press “Print all” again to print from stack {0}, or save them as PDF.</source>
        <translation>
            <numerusform>The other %n letter is still in the queue: press “Print all” again to print from stack {0}, or save it as PDF.</numerusform>
            <numerusform>The other %n letters are still in the queue: press “Print all” again to print from stack {0}, or save them as PDF.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder for the batch PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written; the letters are still queued: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) printed.</source>
        <translation>
            <numerusform>%n letter printed.</numerusform>
            <numerusform>%n letters printed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard %n letter(s)? The print queue is the only copy: discarded letters are lost and never reach their offices. You can save them as a PDF instead.</source>
        <translation>
            <numerusform>Discard %n letter? The print queue is the only copy: a discarded letter is lost and never reaches its office. You can save it as a PDF instead.</numerusform>
            <numerusform>Discard %n letters? The print queue is the only copy: discarded letters are lost and never reach their offices. You can save them as a PDF instead.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard all letters?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Discard %n letter(s)</source>
        <translation>
            <numerusform>&amp;Discard %n letter</numerusform>
            <numerusform>&amp;Discard %n letters</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard the letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF instead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) discarded.</source>
        <translation>
            <numerusform>%n letter discarded.</numerusform>
            <numerusform>%n letters discarded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreBar</name>
    <message>
        <source>Unfinished letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disc&amp;ard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the letter you were writing ({0})?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendJobs</name>
    <message>
        <source>Your letters were saved, but Advocate could not add them to your history: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n letter(s) as PDF in {0}.</source>
        <translation>
            <numerusform>Saved %n letter as PDF in {0}.</numerusform>
            <numerusform>Saved %n letters as PDF in {0}.</numerusform>
        </translation>
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
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
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
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save settings</source>
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
        <source>Advocate uses the new language the next time it starts. Letters stay in the language of their campaign.</source>
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
    <name>StoryPage</name>
    <message>
        <source>Story prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions that help a person tell their own story, which offices value most. Optional; one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After Finish, the letter opens as paragraphs you can change; check the previews on the right.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TalliesWindow</name>
    <message>
        <source>Tallies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters written on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Only from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only between dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Count by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent or printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One page per &amp;office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One page per office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters outside events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, sent or printed {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <comment>tally total</comment>
        <translation>
            <numerusform>%n letter</numerusform>
            <numerusform>%n letters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <comment>tally total</comment>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
    <message>
        <source>No letters counted yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(outside events)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranslationView</name>
    <message>
        <source>Spanish letters and texts for Spanish-speaking writers. The English is on the left; write the Spanish on the right. Spanish letter templates (such as house.es.txt.j2) are in the Template code view. Have a native speaker review the translation before an event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start a Spanish translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English (campaign.toml):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish (campaign.es.toml):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish translation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpdateOfferDialog</name>
    <message>
        <source>Checking for campaign updates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its organizer published a newer campaign: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Install the new campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the new campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This campaign is up to date: its organizer has published nothing newer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installing the new campaign…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
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
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
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
        <source>&amp;Writing campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Left / Alt+Right: back and next. Ctrl+1 to Ctrl+4: go to a step. Alt with an underlined letter: jump to that field or button. Ctrl+N: start over for the next letter writer. Ctrl+Q: quit.</source>
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
</TS>
