import { ExportFiles } from './ExportFiles';
import { ImportForm } from './ImportForm';
import './AdminPage.css';

/** Beheer (administrators only): spreadsheet import and file exports. */
export function AdminPage() {
  return (
    <div className="admin-page">
      <ImportForm />
      <ExportFiles />
    </div>
  );
}
