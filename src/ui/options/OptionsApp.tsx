import { useMemo, useState } from 'react';
import type { Claim } from '../../claims/types';
import { useClaimCatalog } from '../catalog/use-claim-catalog';
import { BrandMark } from '../components/BrandMark';
import { useServices } from '../services/ServicesContext';
import { BackupRestore } from './BackupRestore';
import { ClaimForm } from './claim-form/ClaimForm';
import { DisputesSection } from './DisputesSection';
import { SettingsPanel } from './SettingsPanel';
import { ShareClaims } from './ShareClaims';
import { UserClaimList } from './UserClaimList';
import './OptionsApp.css';

type Editing = { kind: 'none' } | { kind: 'new' } | { kind: 'edit'; claim: Claim };

/** Contributors' claims (add, edit, delete, import, export) and everyone's settings. */
export function OptionsApp() {
  const { backend, claims: claimSource } = useServices();
  const catalog = useClaimCatalog();
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const [notice, setNotice] = useState('');
  const reservedIds = useMemo(() => new Set(claimSource.bundle.claims.map((claim) => claim.id)), [claimSource.bundle]);

  const finishEditing = (message: string) => {
    setEditing({ kind: 'none' });
    setNotice(message);
  };
  const remove = async (claim: Claim) => {
    await backend.deleteUserClaim({ id: claim.id });
    setNotice(`Deleted “${claim.id}”.`);
  };

  return (
    <div className="cl-options">
      <header className="cl-options__header">
        <BrandMark size={32} />
        <div>
          <h1>ClaimLens</h1>
          <p className="cl-muted">Your claims and settings. Everything stays in this browser.</p>
        </div>
      </header>

      <div className="cl-options__layout">
        <main className="cl-options__main">
          <section aria-labelledby="cl-your-claims" className="cl-options__section">
            <div className="cl-options__section-head">
              <h2 id="cl-your-claims">{editing.kind === 'none' ? 'Your claims' : editing.kind === 'new' ? 'New claim' : `Edit “${editing.claim.id}”`}</h2>
              {editing.kind === 'none' && (
                <button type="button" className="cl-button cl-button--primary" onClick={() => { setNotice(''); setEditing({ kind: 'new' }); }}>
                  Add a claim
                </button>
              )}
            </div>
            <p role="status" className="cl-options__notice">
              {notice}
            </p>
            {editing.kind === 'none' ? (
              <>
                <UserClaimList
                  claims={catalog.userClaims}
                  loaded={catalog.userClaimsLoaded}
                  onEdit={(claim) => { setNotice(''); setEditing({ kind: 'edit', claim }); }}
                  onDelete={remove}
                />
                <ShareClaims hasClaims={catalog.userClaims.length > 0} />
              </>
            ) : (
              <ClaimForm
                key={editing.kind === 'edit' ? editing.claim.id : 'new'}
                editing={editing.kind === 'edit' ? editing.claim : null}
                reservedIds={reservedIds}
                onSaved={(id) => finishEditing(`Saved “${id}”. ClaimLens now looks for it on pages.`)}
                onCancel={() => finishEditing('')}
              />
            )}
          </section>
          <DisputesSection catalog={catalog} />
          <BackupRestore />
        </main>

        <aside className="cl-options__aside" aria-labelledby="cl-settings-title">
          <h2 id="cl-settings-title">Settings</h2>
          <SettingsPanel />
        </aside>
      </div>
    </div>
  );
}
